package io.unireg.guess;

import io.unireg.normalize.FunctionRegistry;
import io.unireg.normalize.ua.HomoglyphFixer;
import io.unireg.normalize.ua.NameForms;
import io.unireg.profile.ColumnProfile;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * What a column's values say it is, whatever its header: for each concept with a value test, the
 * share of the sampled values that pass it. Identifier tests run the real normalising functions
 * (a value is an RNOKPP when {@code rnokpp} accepts it); name tests look words up in the shipped
 * name tables.
 */
final class Evidence {

    /** A concept the values support: the share of present sampled values that fit, and why. */
    record Hit(String concept, double share, String reason) {
    }

    /** Value tests look at this many sampled rows: shares to within a few percent, at a tenth of the cost. */
    static final int TEST_ROWS = 600;

    /** Below this share a test says nothing; a header naming the concept is then contradicted. */
    static final double MIN_SHARE = 0.5;

    private static final List<String> SURNAME_ENDINGS = List.of("енко", "ук", "юк", "чук", "ак", "як", "ський",
            "цький", "ська", "цька", "ов", "ова", "ев", "ева", "єв", "єва", "ін", "іна", "ин", "ина", "ко", "ий", "ей",
            "ський", "ич", "ник", "ар", "ець", "ло");

    private final FunctionRegistry registry;
    private final Path baseDir;

    Evidence(FunctionRegistry registry, Path baseDir) {
        this.registry = registry;
        this.baseDir = baseDir;
    }

    /**
     * The share of the column's sampled values that pass each concept's test; concepts the values
     * rule out for another reason (an RNOKPP column is not also a phone) are left out.
     */
    Map<String, Hit> of(ColumnProfile profile, Sample whole) {
        String column = profile.name();
        Sample sample = whole.head(TEST_ROWS);
        List<String> values = sample.present(column);
        Map<String, Hit> hits = new LinkedHashMap<>();
        if (values.isEmpty()) {
            return hits;
        }
        Sample digits9 = sample.where(column, v -> digits(v) >= 9);
        Sample digits6 = digits9.rows().size() == sample.rows().size() ? digits9 : sample.where(column, v -> digits(v) >= 6);
        accepted(hits, "rnokpp", List.of(Step.of("rnokpp")), column, digits9, values.size(), "valid RNOKPPs (check digit)");
        accepted(hits, "unzr", List.of(Step.of("unzr")), column, digits9, values.size(), "valid УНЗР numbers");
        accepted(hits, "katottg", List.of(Step.of("katottg")), column, digits9, values.size(), "КАТОТТГ codes in the codifier");
        accepted(hits, "document", List.of(Step.of("passport")), column, digits6, values.size(), "passport booklet or ID-card numbers");
        accepted(hits, "phone", List.of(Step.of("phone")), column, digits9, values.size(), "telephone numbers");
        accepted(hits, "date", List.of(Step.of("date", Map.of("patterns", datePatterns(profile)))), column,
                sample.where(column, v -> digits(v) >= 2), values.size(), "dates");
        share(hits, "sex", values, v -> SexWords.code(v) != null, "spellings of sex (чоловіча, ж, M …)");
        share(hits, "given_name", values, v -> oneWord(v) && known(NameForms.givenNames(), v), "known given names");
        share(hits, "patronymic", values, v -> oneWord(v) && known(NameForms.patronymics(), v), "known patronymics");
        share(hits, "surname", values, Evidence::surnameLike, "known surnames or surname endings (-енко, -ук, -ов …)");
        share(hits, "full_name", values, Evidence::fullName, "full names (a given name with a patronymic or initials)");
        accepted(hits, "address", List.of(Step.of("address", "street")), column,
                sample.where(column, v -> v.strip().length() >= 8 && v.strip().indexOf(' ') > 0), values.size(),
                "addresses with a street", true);
        if (uniqueKey(profile)) {
            hits.put("record_key", new Hit("record_key", 1.0, "every value is unique"));
        }
        // Ten-digit RNOKPPs are also well-formed phone numbers now and then, and nine-digit ID cards
        // are numbers too: the identifier with a check digit wins.
        if (strong(hits, "rnokpp")) {
            hits.remove("phone");
            hits.remove("document");
            hits.remove("record_key");
        }
        if (strong(hits, "full_name")) {
            hits.remove("surname");
        }
        return hits;
    }

    static boolean strong(Map<String, Hit> hits, String concept) {
        Hit h = hits.get(concept);
        return h != null && h.share() >= MIN_SHARE;
    }

    /** Java patterns of the dates the profiler saw, or the date function's defaults when it saw none. */
    static List<String> datePatterns(ColumnProfile profile) {
        List<String> seen = DatePatterns.collapse(profile.datePatterns());
        return seen.isEmpty() ? List.of("d.M.yyyy", "yyyy-MM-dd") : seen;
    }

    private void accepted(Map<String, Hit> hits, String concept, List<Step> steps, String column, Sample candidates,
                          int present, String what) {
        accepted(hits, concept, steps, column, candidates, present, what, false);
    }

    /**
     * The share of {@code present} values the chain accepts (with {@code needValue}: keeps as a non-empty
     * value); it is tried only on the {@code candidates} rows, the values a cheap test could not rule out.
     */
    private void accepted(Map<String, Hit> hits, String concept, List<Step> steps, String column, Sample candidates,
                          int present, String what, boolean needValue) {
        Trial t = Trial.run(steps, column, candidates, registry, baseDir);
        int good = needValue ? t.kept() : t.present() - t.rejected();
        double share = present == 0 ? 0 : (double) good / present;
        hits.put(concept, new Hit(concept, share, percent(share) + " of sampled values are " + what));
    }

    private static void share(Map<String, Hit> hits, String concept, List<String> values, Predicate<String> test, String what) {
        long n = values.stream().filter(test).count();
        double share = (double) n / values.size();
        hits.put(concept, new Hit(concept, share, percent(share) + " of sampled values are " + what));
    }

    static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f%%", share * 100);
    }

    private static boolean uniqueKey(ColumnProfile p) {
        return p.values() > 1 && p.empty() == 0 && !p.distinctCapped() && p.distinct() == p.values()
                && p.maxLength() <= 20 && ("integer".equals(p.type()) || p.patterns().stream()
                .allMatch(c -> c.value().chars().allMatch(ch -> ch == '9' || ch == 'A' || ch == 'А' || ch == '-')));
    }

    private static int digits(String v) {
        int n = 0;
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            n += c >= '0' && c <= '9' ? 1 : 0;
        }
        return n;
    }

    private static String[] words(String value) {
        return HomoglyphFixer.towardsCyrillic(value.strip()).split("[\\s,]+");
    }

    private static boolean oneWord(String value) {
        return words(value).length == 1;
    }

    private static boolean known(NameForms forms, String word) {
        return forms.find(HomoglyphFixer.towardsCyrillic(word.strip())) != null;
    }

    private static boolean surnameLike(String value) {
        String[] w = words(value);
        if (w.length != 1 || w[0].length() < 3 || !w[0].chars().allMatch(c -> Character.isLetter(c) || c == '-' || c == '\'' || c == '’')) {
            return false;
        }
        if (known(NameForms.surnames(), w[0])) {
            return true;
        }
        if (known(NameForms.givenNames(), w[0]) || known(NameForms.patronymics(), w[0])) {
            return false;
        }
        String lower = w[0].toLowerCase(Locale.ROOT);
        return SURNAME_ENDINGS.stream().anyMatch(lower::endsWith);
    }

    /** "Коваленко Олена Петрівна", "Олена Петрівна КОВАЛЕНКО", "Коваленко О.М.", "Коваленко О. М.". */
    private static boolean fullName(String value) {
        String[] w = HomoglyphFixer.towardsCyrillic(value.strip()).split("\\s+");
        if (w.length < 2 || w.length > 5) {
            return false;
        }
        boolean given = false;
        boolean second = false;
        for (String word : w) {
            if (word.matches("(\\p{Lu}\\.){1,2}")) {
                second = true;
            } else if (known(NameForms.patronymics(), word)) {
                second = true;
            } else if (known(NameForms.givenNames(), word)) {
                given = true;
            }
        }
        return second && (given || value.contains("."));
    }
}
