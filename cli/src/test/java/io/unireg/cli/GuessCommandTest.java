package io.unireg.cli;

import io.unireg.guess.SampleVariants;
import io.unireg.guess.SampleVariants.Column;
import io.unireg.job.FieldSpec;
import io.unireg.job.FunctionCall;
import io.unireg.job.Job;
import io.unireg.job.JobLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code unireg guess} end to end: the job it writes for the Kharkiv sample and for the same rows sent
 * the way other registries send them passes {@code unireg check}, and run, rejects the rows the ground
 * truth says a correct pipeline rejects.
 *
 * <p>Margin: the hand-written sample job rejects exactly the truth's 74 of 3,000 rows (2.5%,
 * SampleJobEndToEndTest), and the guessed job on the sample rejects the same 74 (asserted exactly).
 * Each variant holds the sample's first 1,000 rows (21 truth rejects); measured on 2026-12-01, every
 * variant's guessed job rejected exactly those 21. {@link #MARGIN} allows 5 rows (0.5%) either way, room
 * for a later function change that moves a row or two, while a guess that missed something moves far
 * more: the sample writes 8% of dates as yyyy-MM-dd, 4.5% as dd/MM/yyyy and 4.4% as d.M.yy, and 27% of
 * sex values in short forms, so leaving out one date pattern or the short sex spellings rejects 40+ rows.
 */
class GuessCommandTest {

    /** Rows the guessed job may reject beyond or short of the truth: 0.5% of a variant's 1,000 rows. */
    static final int MARGIN = 5;
    private static final Pattern REJECTED = Pattern.compile("read (\\d+) rows, rejected (\\d+)");

    @TempDir
    static Path dir;
    static List<String> truthRejects;
    /** The truth's rejects among the rows of the variant last written. */
    static List<String> variantRejects;
    /** Variants hold the sample's first 1,000 rows: the same defects at a third of the run time. */
    static final int ROWS = 1000;

    @BeforeAll
    static void truth() throws Exception {
        truthRejects = SampleVariants.expectedRejects();
        assertThat(truthRejects).hasSize(74);
    }

    /** What one guess produced: the job text, the loaded job, and the run's summary. */
    record Outcome(String yaml, Job job, CliRunner guess, CliRunner check, CliRunner run, int read, int rejected) {
        String from(String field) {
            return job.fields().stream().filter(f -> f.name().equals(field)).findFirst()
                    .map(f -> f.from().anySource()).orElse(null);
        }

        List<String> functions(String field) {
            return job.fields().stream().filter(f -> f.name().equals(field)).findFirst()
                    .map(f -> f.normalize().stream().map(FunctionCall::name).toList()).orElse(List.of());
        }
    }

    static Outcome guessCheckRun(String name, Path source) throws Exception {
        Path jobFile = dir.resolve(name).resolve("job.yaml");
        CliRunner guess = CliRunner.run("guess", source.toString(), "--schema", "eddr-person", "--out", jobFile.toString());
        assertThat(guess.exitCode()).as(guess.err()).isZero();
        String yaml = Files.readString(jobFile);
        CliRunner check = CliRunner.run("check", jobFile.toString());
        assertThat(check.exitCode()).as(check.err() + "\n" + yaml).isZero();
        CliRunner run = CliRunner.run("run", jobFile.toString(), "--out", dir.resolve(name).resolve("out").toString(), "-q");
        assertThat(run.exitCode()).as(run.err()).isZero();
        Matcher m = REJECTED.matcher(run.err());
        assertThat(m.find()).as(run.err()).isTrue();
        Job job = new JobLoader(Map.of()).load(jobFile);
        return new Outcome(yaml, job, guess, check, run, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    @Test
    void onTheKharkivSampleItProposesWhatTheHandWrittenJobDoes() throws Exception {
        Outcome o = guessCheckRun("kharkiv", SampleVariants.SAMPLE);
        Job hand = new JobLoader(Map.of("UNIREG_RESIDENTS", SampleVariants.SAMPLE.toAbsolutePath().toString()))
                .load(Path.of("../mapping-rules/kharkiv-residents.yaml"));

        // Every field the hand-written job fills, the guess fills from the same column.
        for (FieldSpec f : hand.fields()) {
            assertThat(o.from(f.name())).as(f.name()).isEqualTo(f.from().anySource());
        }
        assertThat(o.job().sources().get(0).key()).isEqualTo("НОМЕР_ЗАПИСУ");
        assertThat(o.yaml()).contains("encoding: windows-1251", "delimiter: \";\"")
                .containsPattern("(?m)^    path: \"?\\.\\./");
        // The chains hold the Ukrainian functions the values call for.
        assertThat(o.functions("surname")).contains("trim", "fix_homoglyphs", "title_case", "surname_uk");
        assertThat(o.functions("given_name")).contains("fix_homoglyphs", "given_name_uk");
        assertThat(o.functions("patronymic")).contains("fix_homoglyphs", "patronymic_uk");
        assertThat(o.functions("rnokpp")).containsExactly("rnokpp");
        assertThat(o.functions("document_number")).containsExactly("passport");
        assertThat(datePatterns(o.job(), "birth_date")).containsExactlyInAnyOrderElementsOf(datePatterns(hand, "birth_date"));
        assertThat(datePatterns(o.job(), "entry_date")).containsExactlyInAnyOrderElementsOf(datePatterns(hand, "entry_date"));
        assertThat(o.yaml()).contains("# Columns not mapped to a field:", "ТЕЛЕФОН — looks like phone")
                .contains("# Fields of eddr-person no column fills:", "citizenship (optional)");
        // Confidence and reason above each mapping.
        assertThat(o.yaml()).containsPattern("# surname ← ПРІЗВИЩЕ \\(surname, confidence 0\\.\\d\\d\\): header 'ПРІЗВИЩЕ'");

        // Same rows rejected as the hand-written job (= the ground truth's).
        assertThat(o.read()).isEqualTo(3000);
        assertThat(o.rejected()).isEqualTo(truthRejects.size());
    }

    private static List<String> datePatterns(Job job, String field) {
        FunctionCall date = job.fields().stream().filter(f -> f.name().equals(field)).findFirst().orElseThrow()
                .normalize().stream().filter(c -> c.name().equals("date")).findFirst().orElseThrow();
        List<String> out = new ArrayList<>();
        date.args().get("patterns").forEach(n -> out.add(n.asText()));
        return out;
    }

    @Test
    void englishHeadersUtf8Commas() throws Exception {
        Path file = variant("english", SampleVariants.renamed("record_id", "Surname", "First name", "middle_name", "gender",
                "date_of_birth", "place_of_birth", "tax_id", "passport", "address", "registration_date", "phone"),
                StandardCharsets.UTF_8, ',');
        Outcome o = guessCheckRun("english", file);
        assertThat(o.yaml()).contains("encoding: UTF-8", "delimiter: \",\"");
        assertMapped(o, "Surname", "First name", "middle_name", "gender", "date_of_birth", "tax_id", "passport", "address");
        assertThat(o.from("birth_place")).isEqualTo("place_of_birth");
        assertThat(o.from("entry_date")).isEqualTo("registration_date");
        assertRejectsNearTruth(o);
    }

    @Test
    void russianHeaders() throws Exception {
        Path file = variant("russian", SampleVariants.renamed("НОМЕР ЗАПИСИ", "ФАМИЛИЯ", "ИМЯ", "ОТЧЕСТВО", "ПОЛ",
                "ДАТА РОЖДЕНИЯ", "МЕСТО РОЖДЕНИЯ", "ИНН", "ПАСПОРТ", "АДРЕС", "ДАТА РЕГИСТРАЦИИ", "ТЕЛЕФОН"),
                Charset.forName("windows-1251"), ';');
        Outcome o = guessCheckRun("russian", file);
        assertMapped(o, "ФАМИЛИЯ", "ИМЯ", "ОТЧЕСТВО", "ПОЛ", "ДАТА РОЖДЕНИЯ", "ИНН", "ПАСПОРТ", "АДРЕС");
        assertThat(o.job().sources().get(0).key()).isEqualTo("НОМЕР ЗАПИСИ");
        assertRejectsNearTruth(o);
    }

    @Test
    void abbreviatedHeadersWithTabs() throws Exception {
        Path file = variant("abbrev", SampleVariants.renamed("NN", "FAM", "IM", "OTCH", "POL", "DR", "MR", "INN", "PASP",
                "ADRES", "DREG", "TEL"), Charset.forName("windows-1251"), '\t');
        Outcome o = guessCheckRun("abbrev", file);
        assertThat(o.yaml()).contains("delimiter: tab");
        assertMapped(o, "FAM", "IM", "OTCH", "POL", "DR", "INN", "PASP", "ADRES");
        assertThat(o.from("birth_place")).isEqualTo("MR");
        assertThat(o.from("entry_date")).isEqualTo("DREG");
        assertRejectsNearTruth(o);
    }

    @Test
    void fullNameColumnIsSplit() throws Exception {
        List<Column> columns = new ArrayList<>(SampleVariants.renamed(SampleVariants.COLUMNS.toArray(String[]::new)));
        columns.subList(1, 4).clear();
        columns.add(1, new Column("ПІБ", row -> row.get("ПРІЗВИЩЕ") + " " + row.get("ІМЯ") + " " + row.get("ПО_БАТЬКОВІ")));
        Path file = variant("fullname", columns, Charset.forName("windows-1251"), ';');
        Outcome o = guessCheckRun("fullname", file);
        assertThat(o.from("surname")).isEqualTo("ПІБ");
        assertThat(o.from("given_name")).isEqualTo("ПІБ");
        assertThat(o.from("patronymic")).isEqualTo("ПІБ");
        assertThat(o.functions("given_name")).contains("split_name", "given_name_uk");
        assertThat(o.yaml()).contains("{split_name: surname}", "{split_name: given}", "{split_name: patronymic}");
        assertRejectsNearTruth(o);
    }

    @Test
    void shuffledColumnsAndHeadersThatSayNothing() throws Exception {
        // Headers F1…F12 in a shuffled order: only the values can tell the columns apart.
        List<Column> columns = new ArrayList<>();
        List<String> order = new ArrayList<>(SampleVariants.COLUMNS);
        Collections.shuffle(order, new Random(7));
        Map<String, String> headerOf = new TreeMap<>();
        for (int i = 0; i < order.size(); i++) {
            columns.add(Column.of("F" + (i + 1), order.get(i)));
            headerOf.put(order.get(i), "F" + (i + 1));
        }
        Path file = variant("shuffled", columns, StandardCharsets.UTF_8, ';');
        Outcome o = guessCheckRun("shuffled", file);
        assertThat(o.from("surname")).isEqualTo(headerOf.get("ПРІЗВИЩЕ"));
        assertThat(o.from("given_name")).isEqualTo(headerOf.get("ІМЯ"));
        assertThat(o.from("patronymic")).isEqualTo(headerOf.get("ПО_БАТЬКОВІ"));
        assertThat(o.from("sex")).isEqualTo(headerOf.get("СТАТЬ"));
        assertThat(o.from("rnokpp")).isEqualTo(headerOf.get("ІПН"));
        assertThat(o.from("document_number")).isEqualTo(headerOf.get("ДОКУМЕНТ"));
        assertThat(o.from("registration_street")).isEqualTo(headerOf.get("АДРЕСА"));
        // Two date columns: the birth date is the one that agrees with the date inside the RNOKPP.
        assertThat(o.from("birth_date")).isEqualTo(headerOf.get("ДАТА_НАР"));
        assertThat(o.yaml()).contains("agree with the birth date in the RNOKPP");
        assertThat(o.job().sources().get(0).key()).isEqualTo(headerOf.get("НОМЕР_ЗАПИСУ"));
        assertRejectsNearTruth(o);
    }

    @Test
    void aColumnOfValidRnokppsIsTheRnokppWhateverItsHeader() throws Exception {
        Path file = variant("misnamed", SampleVariants.renamed("НОМЕР_ЗАПИСУ", "ПРІЗВИЩЕ", "ІМЯ", "ПО_БАТЬКОВІ", "СТАТЬ",
                "ДАТА_НАР", "МІСЦЕ_НАР", "ПАСПОРТ", "ДОКУМЕНТ_2", "АДРЕСА", "ДАТА_РЕЄСТР", "ТЕЛЕФОН"),
                Charset.forName("windows-1251"), ';');
        Outcome o = guessCheckRun("misnamed", file);
        assertThat(o.from("rnokpp")).isEqualTo("ПАСПОРТ");
        assertThat(o.from("document_number")).isEqualTo("ДОКУМЕНТ_2");
        assertThat(o.yaml()).contains("valid RNOKPPs (check digit)");
        assertRejectsNearTruth(o);
    }

    @Test
    void seriesAndNumberInTwoColumnsAreJoined() throws Exception {
        // "МК 123456" / "паспорт MK №123456" split into СЕРИЯ and НОМЕР ПАСПОРТА; ID cards have no series.
        Pattern booklet = Pattern.compile("([A-Za-zА-ЯІЇЄҐ]{2})\\s*№?\\s*(\\d{6})$");
        List<Column> columns = new ArrayList<>(SampleVariants.renamed(SampleVariants.COLUMNS.toArray(String[]::new)));
        columns.set(8, new Column("СЕРИЯ", row -> {
            Matcher m = booklet.matcher(row.get("ДОКУМЕНТ"));
            return m.find() ? m.group(1) : "";
        }));
        columns.add(9, new Column("НОМЕР ПАСПОРТА", row -> {
            Matcher m = booklet.matcher(row.get("ДОКУМЕНТ"));
            return m.find() ? m.group(2) : row.get("ДОКУМЕНТ").replaceAll("\\D", "");
        }));
        Path file = variant("series", columns, Charset.forName("windows-1251"), ';');
        Outcome o = guessCheckRun("series", file);
        assertThat(o.from("document_number")).isEqualTo("НОМЕР ПАСПОРТА");
        assertThat(o.functions("document_number")).containsExactly("concat", "passport");
        assertThat(o.functions("document_type")).containsExactly("concat", "passport");
        assertThat(o.yaml()).contains("{concat: {of: [СЕРИЯ, $value], sep: \"\"}}").doesNotContain("#   СЕРИЯ —");
        assertRejectsNearTruth(o);
    }

    @Test
    void aFileWithoutAHeaderRowIsReadAsData() throws Exception {
        Path file = variant("headerless", SampleVariants.renamed(SampleVariants.COLUMNS.toArray(String[]::new)),
                StandardCharsets.UTF_8, ',');
        List<String> lines = Files.readAllLines(file);
        Files.write(file, lines.subList(1, lines.size()));
        Outcome o = guessCheckRun("headerless", file);
        assertThat(o.yaml()).contains("header: false");
        assertThat(o.job().sources().get(0).key()).isEqualTo("column1");
        assertMapped(o, "column2", "column3", "column4", "column5", "column6", "column8", "column9", "column10");
        assertThat(o.yaml()).contains("#   column11 — 100% of sampled values are dates, but neither the header nor the RNOKPP");
        assertRejectsNearTruth(o);
    }

    private static void assertMapped(Outcome o, String surname, String given, String patronymic, String sex,
                                     String birth, String rnokpp, String document, String address) {
        assertThat(o.from("surname")).isEqualTo(surname);
        assertThat(o.from("given_name")).isEqualTo(given);
        assertThat(o.from("patronymic")).isEqualTo(patronymic);
        assertThat(o.from("sex")).isEqualTo(sex);
        assertThat(o.from("birth_date")).isEqualTo(birth);
        assertThat(o.from("rnokpp")).isEqualTo(rnokpp);
        assertThat(o.from("document_number")).isEqualTo(document);
        assertThat(o.from("registration_settlement")).isEqualTo(address);
    }

    /** Writes the first {@link #ROWS} sample rows as a variant; remembers which keys it holds. */
    static Path variant(String name, List<Column> columns, Charset charset, char delimiter) throws Exception {
        Path file = dir.resolve(name + ".csv");
        List<String> keys = SampleVariants.write(file, columns, charset, delimiter, ROWS);
        variantRejects = truthRejects.stream().filter(keys::contains).toList();
        return file;
    }

    private static void assertRejectsNearTruth(Outcome o) {
        System.out.printf("guess variant: read %d, rejected %d (truth %d)%n", o.read(), o.rejected(), variantRejects.size());
        assertThat(o.read()).isEqualTo(ROWS);
        assertThat(o.rejected()).as(o.run().err()).isBetween(variantRejects.size() - MARGIN, variantRejects.size() + MARGIN);
    }

    @Test
    void errorsAreOneLineWithANonZeroExit() throws Exception {
        CliRunner missing = CliRunner.run("guess", dir.resolve("nope.csv").toString(), "--schema", "eddr-person");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err().strip()).doesNotContain("\n").endsWith("nope.csv: no such file");

        CliRunner schema = CliRunner.run("guess", SampleVariants.SAMPLE.toString(), "--schema", "eddr-persn");
        assertThat(schema.exitCode()).isEqualTo(2);
        assertThat(schema.err().strip()).doesNotContain("\n").contains("did you mean 'eddr-person'");

        Path existing = Files.writeString(dir.resolve("existing.yaml"), "keep me");
        CliRunner exists = CliRunner.run("guess", SampleVariants.SAMPLE.toString(), "--schema", "eddr-person",
                "--out", existing.toString());
        assertThat(exists.exitCode()).isEqualTo(2);
        assertThat(exists.err().strip()).doesNotContain("\n").contains("use --force");
        assertThat(Files.readString(existing)).isEqualTo("keep me");

        // quoting broken too often to read on: exit 1, as profile and a run of a job on the same file end
        StringBuilder text = new StringBuilder("ПРІЗВИЩЕ;ІМЯ\n");
        for (int i = 1; i <= 102; i++) {
            text.append(i).append(";\"ТОВ \"Ромашка\"\"\n");
        }
        Path broken = Files.writeString(dir.resolve("broken.csv"), text);
        CliRunner quoting = CliRunner.run("guess", broken.toString(), "--schema", "eddr-person");
        assertThat(quoting.exitCode()).isEqualTo(1);
        assertThat(quoting.err().strip()).isEqualTo("unireg: " + broken + ":102: more than 100 records with broken quoting:"
                + " stopping here (each one reads the file again up to it); are its quotes RFC 4180 (a quote in a quoted cell doubled: \"\")?");
    }

    @Test
    void aRequiredFieldWithNoColumnIsListedAndWarnedAbout() throws Exception {
        Path file = dir.resolve("nosex.csv");
        List<Column> columns = new ArrayList<>(SampleVariants.renamed(SampleVariants.COLUMNS.toArray(String[]::new)));
        columns.remove(4);
        SampleVariants.write(file, columns, StandardCharsets.UTF_8, ';', 200);
        CliRunner guess = CliRunner.run("guess", file.toString(), "--schema", "eddr-person");
        assertThat(guess.exitCode()).isZero();
        assertThat(guess.out()).contains("#   sex — REQUIRED: map a column to it");
        assertThat(guess.err()).contains("no column found for required field(s) sex");
        assertThat(guess.out().lines().filter(l -> l.startsWith("  sex:")).collect(Collectors.toList())).isEmpty();
    }
}
