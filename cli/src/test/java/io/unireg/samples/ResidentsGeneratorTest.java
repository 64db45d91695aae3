package io.unireg.samples;

import static org.assertj.core.api.Assertions.assertThat;

import io.unireg.normalize.ua.Rnokpp;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ResidentsGeneratorTest {

    private static final ReferenceData DATA = ReferenceData.load();
    private static final Charset CP1251 = Charset.forName("windows-1251");
    /** Many rows, so even rare defects occur often enough to check. */
    private static final GeneratorOptions OPTIONS = GeneratorOptions.defaults().withRows(10_000).withSeed(7);

    private static Output sample;
    private static List<CSVRecord> export;
    private static List<CSVRecord> truth;

    record Output(byte[] export, byte[] truth) {
    }

    @BeforeAll
    static void generate() throws IOException {
        sample = run(OPTIONS);
        export = parse(new String(sample.export(), CP1251), ';');
        truth = parse(new String(sample.truth(), StandardCharsets.UTF_8), ',');
    }

    @Test
    void sameSeedGivesSameBytes() throws Exception {
        GeneratorOptions small = GeneratorOptions.defaults().withRows(500);
        assertThat(sha256(run(small))).isEqualTo(sha256(run(small)));
        assertThat(sha256(run(small.withSeed(1)))).isNotEqualTo(sha256(run(small)));
    }

    @Test
    void writesTheTwelveColumnHeaderWithCrlf() {
        String text = new String(sample.export(), CP1251);
        assertThat(text).startsWith("НОМЕР_ЗАПИСУ;ПРІЗВИЩЕ;ІМЯ;ПО_БАТЬКОВІ;СТАТЬ;ДАТА_НАР;МІСЦЕ_НАР;ІПН;ДОКУМЕНТ;"
                + "АДРЕСА;ДАТА_РЕЄСТР;ТЕЛЕФОН\r\n");
        assertThat(export).allSatisfy(r -> assertThat(r.size()).isEqualTo(12));
    }

    @Test
    void truthHasOneRowPerExportRowWithTheSameKeys() {
        assertThat(export).hasSize(OPTIONS.rows());
        assertThat(truth).hasSize(OPTIONS.rows());
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < export.size(); i++) {
            String key = export.get(i).get("НОМЕР_ЗАПИСУ");
            assertThat(key).matches("[1-9][0-9]{5}");
            assertThat(truth.get(i).get("key")).isEqualTo(key);
            assertThat(keys.add(key)).as("unique key %s", key).isTrue();
        }
    }

    @Test
    void badRnokppsFailTheCheckAndAllOthersPassAfterPadding() {
        for (int i = 0; i < export.size(); i++) {
            String value = export.get(i).get("ІПН");
            Set<String> tags = tags(truth.get(i));
            if (tags.contains("bad_rnokpp")) {
                assertThat(Rnokpp.isValid(value)).as(value).isFalse();
                assertThat(truth.get(i).get("reject_fields")).contains("rnokpp");
            } else if (tags.contains("rnokpp_empty")) {
                assertThat(value).isEmpty();
            } else {
                String padded = "0".repeat(10 - value.length()) + value;
                assertThat(Rnokpp.isValid(padded)).as(value).isTrue();
                assertThat(padded).isEqualTo(truth.get(i).get("rnokpp"));
                assertThat(value.length() == 9).isEqualTo(tags.contains("rnokpp_missing_zero"));
            }
        }
        assertThat(count("bad_rnokpp")).isGreaterThan(50);
        assertThat(count("rnokpp_missing_zero")).isGreaterThan(5);
    }

    @Test
    void rejectsExactlyTheRowsWithAnIrrecoverableField() {
        assertThat(truth).allSatisfy(t -> {
            Set<String> tags = tags(t);
            // A valid RNOKPP contradicting the row's (valid) birth date fails eddr-person's rnokpp_consistent.
            boolean contradicted = tags.contains("dup_date_typo") && !t.get("rnokpp").isEmpty()
                    && !tags.contains("bad_rnokpp") && !tags.contains("bad_date");
            boolean irrecoverable = tags.contains("bad_rnokpp") || tags.contains("bad_date") || contradicted;
            assertThat(t.get("expect")).isEqualTo(irrecoverable ? "reject" : "accept");
            assertThat(t.get("reject_fields").isEmpty()).isEqualTo(!irrecoverable);
        });
    }

    @Test
    void keepsCleanValuesCanonicalAndConsistent() {
        for (CSVRecord t : truth) {
            assertThat(t.get("sex")).isIn("M", "F");
            assertThat(t.get("surname")).matches("[А-ЩЬЮЯҐЄІЇ][а-щьюяґєії’]+");
            assertThat(t.get("given_name")).matches("[А-ЩЬЮЯҐЄІЇ][а-щьюяґєії’]+");
            assertThat(t.get("document_number")).matches(t.get("document_type").equals("passport")
                    ? "[АВЕКМНОРСТХ]{2}[0-9]{6}" : "[0-9]{9}");
            assertThat(t.get("phone")).matches("|\\+380[0-9]{9}");
            assertThat(t.get("address")).startsWith("м. Харків, ");
            if (tags(t).contains("bad_date")) {
                continue;
            }
            LocalDate birth = LocalDate.parse(t.get("birth_date"));
            LocalDate registered = LocalDate.parse(t.get("registration_date"));
            assertThat(birth).isBetween(LocalDate.of(1920, 1, 1), LocalDate.of(2007, 12, 31));
            assertThat(registered).isAfter(birth).isBeforeOrEqualTo(LocalDate.of(2025, 12, 31));
            String rnokpp = t.get("rnokpp");
            if (!rnokpp.isEmpty() && !tags(t).contains("bad_rnokpp")) {
                assertThat(Rnokpp.sex(rnokpp)).isEqualTo(t.get("sex"));
                if (!tags(t).contains("dup_date_typo")) {
                    assertThat(Rnokpp.birthDate(rnokpp)).isEqualTo(birth);
                }
            }
        }
    }

    @Test
    void plantsEachDefectTheWayItsTagSays() {
        for (int i = 0; i < export.size(); i++) {
            CSVRecord e = export.get(i);
            CSVRecord t = truth.get(i);
            Set<String> tags = tags(t);
            String address = e.get("АДРЕСА");
            assertThat(address.contains("\n")).isEqualTo(tags.contains("address_multiline"));
            assertThat(address.contains(";")).isEqualTo(tags.contains("address_semicolon"));
            if (tags.contains("upper_surname")) {
                assertThat(e.get("ПРІЗВИЩЕ").strip()).isUpperCase();
            }
            if (tags.contains("homoglyph")) {
                assertThat(e.get("ПРІЗВИЩЕ") + e.get("ІМЯ") + e.get("ПО_БАТЬКОВІ")).containsPattern("[A-Za-z]");
            } else {
                assertThat(e.get("ПРІЗВИЩЕ") + e.get("ІМЯ") + e.get("ПО_БАТЬКОВІ")).doesNotContainPattern("[A-Za-z]");
            }
            if (tags.contains("ru_given")) {
                assertThat(e.get("ІМЯ").strip()).isNotEqualToIgnoringCase(t.get("given_name"));
            }
            if (!tags.contains("ru_given") && !tags.contains("homoglyph")) {
                assertThat(e.get("ІМЯ").strip()).isEqualToIgnoringCase(t.get("given_name"));
            }
            if (tags.contains("passport_latin")) {
                assertThat(e.get("ДОКУМЕНТ")).containsPattern("[ABEKMHOPCTX]{2} ?№?[0-9]{6}");
            }
            if (tags.contains("date_format_short")) {
                assertThat(e.get("ДАТА_НАР")).matches("[0-9]{1,2}\\.[0-9]{1,2}\\.[0-9]{2}");
                assertThat(t.get("birth_date")).matches("19[3-9][0-9]-.*");
            }
            if (tags.contains("date_format_iso")) {
                assertThat(e.get("ДАТА_НАР")).isEqualTo(t.get("birth_date"));
            }
            if (tags.contains("bad_date")) {
                assertThat(t.get("reject_fields")).contains("birth_date");
                assertThat(DateValidity.exists(t.get("birth_date"))).isFalse();
            }
        }
        for (Defect d : Defect.values()) {
            if (d == Defect.DUP_NAME_TYPO || d == Defect.DUP_DATE_SWAP || d == Defect.MOVED_ADDRESS) {
                continue; // planted only in dedupe data (DedupeSampleGeneratorTest)
            }
            assertThat(count(d.tag)).as(d.tag).isPositive();
        }
    }

    @Test
    void duplicatesRepeatAnEarlierPerson() {
        Set<String> seen = new HashSet<>();
        int duplicates = 0;
        for (CSVRecord t : truth) {
            boolean first = seen.add(t.get("person_id"));
            assertThat(first).isEqualTo(!tags(t).contains("duplicate_person"));
            duplicates += first ? 0 : 1;
        }
        assertThat(duplicates).isBetween(OPTIONS.rows() * 6 / 100, OPTIONS.rows() * 10 / 100);
    }

    @Test
    void insertsBlankLinesOnlyBeforeTaggedRows() {
        String text = new String(sample.export(), CP1251);
        assertThat(text.split("\r\n\r\n", -1).length - 1).isEqualTo(count("blank_line")).isPositive();
    }

    @Test
    void windows1251AndUtf8ExportsHoldTheSameText() throws IOException {
        GeneratorOptions small = GeneratorOptions.defaults().withRows(2000);
        String utf8 = new String(run(small.withEncoding(ExportEncoding.UTF_8)).export(), StandardCharsets.UTF_8);
        byte[] cp1251 = run(small).export();
        assertThat(new String(cp1251, CP1251)).isEqualTo(utf8).contains("і", "ї", "є", "’");
        assertThat(new String(cp1251, CP1251).getBytes(CP1251)).isEqualTo(cp1251);
    }

    @Test
    void cp866ExportWritesUkrainianIAsLatinI() throws IOException {
        GeneratorOptions small = GeneratorOptions.defaults().withRows(500);
        String utf8 = new String(run(small.withEncoding(ExportEncoding.UTF_8)).export(), StandardCharsets.UTF_8);
        String dos = new String(run(small.withEncoding(ExportEncoding.CP866)).export(), Charset.forName("IBM866"));
        assertThat(dos).doesNotContain("і", "І", "?").contains("ПРIЗВИЩЕ", "ї", "є");
        assertThat(dos).isEqualTo(ExportEncoding.CP866.adapt(utf8));
    }

    @Test
    void committedSampleEqualsAFreshGeneration() throws IOException {
        Path dir = Path.of("..", "samples", "kharkiv");
        Output fresh = run(GeneratorOptions.defaults());
        assertThat(Files.readAllBytes(dir.resolve("residents.csv")))
                .as("samples/kharkiv/residents.csv is stale: run scripts/gen-samples").isEqualTo(fresh.export());
        assertThat(Files.readAllBytes(dir.resolve("residents.truth.csv")))
                .as("samples/kharkiv/residents.truth.csv is stale: run scripts/gen-samples").isEqualTo(fresh.truth());
    }

    @Test
    void writesTruthBesideTheExport() {
        assertThat(ResidentsGenerator.truthPathFor(Path.of("out", "residents.csv")))
                .isEqualTo(Path.of("out", "residents.truth.csv"));
        assertThat(ResidentsGenerator.truthPathFor(Path.of("dump"))).isEqualTo(Path.of("dump.truth.csv"));
    }

    static Output run(GeneratorOptions options) throws IOException {
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        ByteArrayOutputStream t = new ByteArrayOutputStream();
        new ResidentsGenerator(DATA, options).write(e, t);
        return new Output(e.toByteArray(), t.toByteArray());
    }

    private static List<CSVRecord> parse(String text, char delimiter) throws IOException {
        return CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text)).getRecords();
    }

    private static Set<String> tags(CSVRecord truthRow) {
        return Set.of(truthRow.get("defects").split("\\|"));
    }

    private static long count(String tag) {
        return truth.stream().filter(t -> tags(t).contains(tag)).count();
    }

    private static String sha256(Output o) throws NoSuchAlgorithmException {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        md.update(o.export());
        md.update(o.truth());
        return HexFormat.of().formatHex(md.digest());
    }

    /** Whether an ISO-shaped date names a real day. */
    static final class DateValidity {
        static boolean exists(String iso) {
            try {
                LocalDate.parse(iso);
                return true;
            } catch (java.time.format.DateTimeParseException e) {
                return false;
            }
        }
    }
}
