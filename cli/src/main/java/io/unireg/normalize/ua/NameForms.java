package io.unireg.normalize.ua;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Russian → Ukrainian forms of one kind of name (given names, or patronymics), looked up by a key
 * that ignores case, ё/е and the apostrophe look-alike used. Immutable.
 *
 * <p>Built from {@code given-names.csv} (see its README). A Ukrainian form is known as itself,
 * so "Анна" stays "Анна" although it is also a Russian form of Ганна. Where one Russian form
 * belongs to several Ukrainian names (Наталья: Наталія, Наталя; Ирина: Ірина, Ярина), the first
 * row of the table wins — the table lists the commoner name first. Entries a job adds
 * ({@link #withExtra}) override both.
 */
public final class NameForms {

    static final String GIVEN_NAMES = "/io/unireg/normalize/ua/given-names.csv";
    /** The generator's 443 common surnames with Russian spellings (see samples/README.md). */
    static final String SURNAMES = "/io/unireg/samples/surnames.csv";

    /** A known form: its Ukrainian spelling (table case) and whether the key itself is Ukrainian. */
    public record Form(String uk, boolean ukrainian) {
    }

    private static final class BuiltIn {
        static final NameForms[] TABLES = load();
    }

    private final Map<String, Form> forms;

    private NameForms(Map<String, Form> forms) {
        this.forms = Map.copyOf(forms);
    }

    /** Given names: 343 Ukrainian names and their Russian forms. */
    public static NameForms givenNames() {
        return BuiltIn.TABLES[0];
    }

    /** Patronymics (sons' and daughters'), Ukrainian and Russian, from the male rows. */
    public static NameForms patronymics() {
        return BuiltIn.TABLES[1];
    }

    /**
     * Surnames: only the 443 common surnames of the shipped list (Гордиенко → Гордієнко, Ковалёв →
     * Ковальов), masculine and feminine. Deliberately no spelling rules: a blanket rule such as и → і
     * would also rewrite Georgian, Armenian or Russian surnames (Гогоберидзе) whose bearers never had a Ukrainian form.
     */
    public static NameForms surnames() {
        return BuiltIn.TABLES[2];
    }

    /** This table with {@code ruToUk} added; an added Russian form overrides a built-in one. */
    public NameForms withExtra(Map<String, String> ruToUk) {
        Map<String, Form> copy = new HashMap<>(forms);
        ruToUk.values().forEach(uk -> copy.putIfAbsent(key(uk), new Form(uk, true)));
        ruToUk.forEach((ru, uk) -> {
            if (!key(ru).equals(key(uk))) {
                copy.put(key(ru), new Form(uk, false));
            }
        });
        return new NameForms(copy);
    }

    /** The known form of one word, or {@code null}. */
    public Form find(String word) {
        return forms.get(key(word));
    }

    public int size() {
        return forms.size();
    }

    /** Lower case, ё → е, every apostrophe look-alike → ’. */
    static String key(String word) {
        int n = word.length();
        char[] out = new char[n];
        for (int i = 0; i < n; i++) {
            char c = Character.toLowerCase(word.charAt(i));
            out[i] = c == 'ё' ? 'е' : Apostrophes.isApostrophe(c) ? Apostrophes.RIGHT_QUOTE : c;
        }
        return new String(out);
    }

    private static NameForms[] load() {
        Map<String, Form> given = new HashMap<>();
        Map<String, Form> patronymics = new HashMap<>();
        Map<String, Form> givenRu = new HashMap<>();
        Map<String, Form> patronymicsRu = new HashMap<>();
        try (InputStream in = Objects.requireNonNull(NameForms.class.getResourceAsStream(GIVEN_NAMES), GIVEN_NAMES);
             Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(reader, CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
            for (CSVRecord row : parser) {
                String uk = row.get("uk");
                given.put(key(uk), new Form(uk, true));
                for (String ru : row.get("ru").split("\\|")) {
                    givenRu.putIfAbsent(key(ru), new Form(uk, false));
                }
                if (row.get("sex").equals("M")) {
                    addPatronymic(patronymics, patronymicsRu, row.get("patronymic_m_uk"), row.get("patronymic_m_ru"));
                    addPatronymic(patronymics, patronymicsRu, row.get("patronymic_f_uk"), row.get("patronymic_f_ru"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + GIVEN_NAMES, e);
        }
        givenRu.forEach(given::putIfAbsent);
        addSpellingVariants(patronymicsRu);
        patronymicsRu.forEach(patronymics::putIfAbsent);
        return new NameForms[] {new NameForms(given), new NameForms(patronymics), loadSurnames()};
    }

    private static NameForms loadSurnames() {
        Map<String, Form> uk = new HashMap<>();
        Map<String, Form> ru = new HashMap<>();
        try (InputStream in = Objects.requireNonNull(NameForms.class.getResourceAsStream(SURNAMES), SURNAMES);
             Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(reader, CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
            for (CSVRecord row : parser) {
                for (String sex : new String[] {"m", "f"}) {
                    uk.put(key(row.get("uk_" + sex)), new Form(row.get("uk_" + sex), true));
                    ru.putIfAbsent(key(row.get("ru_" + sex)), new Form(row.get("uk_" + sex), false));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + SURNAMES, e);
        }
        ru.forEach(uk::putIfAbsent);
        return new NameForms(uk);
    }

    private static void addPatronymic(Map<String, Form> uk, Map<String, Form> ru, String ukForm, String ruForm) {
        uk.put(key(ukForm), new Form(ukForm, true));
        String key = key(ruForm);
        ru.putIfAbsent(key, new Form(ukForm, false));
    }

    /**
     * Documents write -ьевич and -иевич (Валерьевич, Валериевич) alike: the twin spelling of every
     * Russian patronymic that has one is known too, unless a real row spells it otherwise.
     */
    private static void addSpellingVariants(Map<String, Form> ru) {
        Map<String, Form> variants = new HashMap<>();
        ru.forEach((key, form) -> {
            int at = Math.max(key.lastIndexOf("ьев"), key.lastIndexOf("иев"));
            if (at > 0 && at == key.length() - 5) {
                variants.putIfAbsent(key.substring(0, at) + (key.charAt(at) == 'ь' ? 'и' : 'ь') + key.substring(at + 1), form);
            }
        });
        variants.forEach(ru::putIfAbsent);
    }

    @Override
    public String toString() {
        return "NameForms[" + forms.size() + " forms]";
    }
}
