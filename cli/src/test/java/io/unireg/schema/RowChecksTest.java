package io.unireg.schema;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.unireg.normalize.ua.Rnokpp;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** unireg:rowChecks (rnokpp_consistent) and unireg:requiredUnless, on the built-in schemas and small ones. */
class RowChecksTest {

    @TempDir
    Path dir;

    private static final String PERSON = """
            {"name": "p", "fields": [
              {"name": "rnokpp", "unireg:check": "rnokpp", "unireg:requiredUnless": ["document_number"]},
              {"name": "birth_date", "type": "date"},
              {"name": "sex", "constraints": {"enum": ["M", "F"]}},
              {"name": "document_number"}],
             "unireg:rowChecks": [{"check": "rnokpp_consistent",
               "fields": {"rnokpp": "rnokpp", "birth_date": "birth_date", "sex": "sex"}}]}
            """;

    private List<Violation> validate(String... row) throws SchemaException {
        return RecordValidator.of(SchemaFiles.load(dir, PERSON)).validate(row);
    }

    @Test
    void consistentRowPasses() throws SchemaException {
        assertThat(validate("1759013776", "1948-02-28", "M", null)).isEmpty();
    }

    @Test
    void reportsWhichFieldDisagreesWithoutTheFullNumber() throws SchemaException {
        assertThat(validate("1759013776", "1948-03-01", "M", null))
                .extracting(Violation::field, Violation::rule, Violation::message)
                .containsExactly(tuple("rnokpp", "rnokpp_consistent",
                        "РНОКПП 17***13776 encodes birth date 1948-02-28, the record says 1948-03-01"));
        assertThat(validate("1759013776", "1948-02-28", "F", null)).singleElement()
                .extracting(Violation::message).isEqualTo("РНОКПП 17***13776 encodes sex M, the record says F");
        assertThat(validate("1759013776", "1948-03-01", "F", null)).singleElement().extracting(Violation::message)
                .isEqualTo("РНОКПП 17***13776 encodes birth date 1948-02-28 and sex M, the record says 1948-03-01 and F");
    }

    @Test
    void leavesInvalidOrMissingValuesToTheFieldChecks() throws SchemaException {
        assertThat(validate("1759013770", "1948-03-01", "F", null)).extracting(Violation::rule).containsExactly("rnokpp");
        assertThat(validate("1759013776", null, null, null)).isEmpty();
        assertThat(validate("1759013776", "1948-02-30", "X", null)).extracting(Violation::rule)
                .containsExactlyInAnyOrder("type", "enum");
    }

    @Test
    void comparesTheEncodedDateAsTheTextOfTheDateWould() throws SchemaException {
        // The check compares days, not strings: it must flag exactly the dates whose ISO text differs.
        RecordValidator validator = RecordValidator.of(SchemaFiles.load(dir, PERSON));
        Random random = new Random(3);
        for (int n = 0; n < 5_000; n++) {
            LocalDate encoded = LocalDate.of(1900, 1, 1).plusDays(random.nextInt(45_000));
            String rnokpp = Rnokpp.make(encoded, random.nextInt(1000), random.nextBoolean());
            String recorded = switch (random.nextInt(4)) {
                case 0 -> encoded.toString();
                case 1 -> encoded.plusDays(random.nextInt(3) - 1).toString();
                case 2 -> encoded.plusYears(random.nextInt(3) - 1).toString();
                default -> encoded.withYear(10_000 + random.nextInt(3)).toString(); // "+10001-…": LocalDate.parse takes it
            };
            List<String> expected = new ArrayList<>();
            if (recorded.startsWith("+")) {
                expected.add("type");
            }
            if (!recorded.equals(Rnokpp.birthDate(rnokpp).toString())) {
                expected.add("rnokpp_consistent");
            }
            List<Violation> found = validator.validate(new String[] {rnokpp, recorded, Rnokpp.sex(rnokpp), null});
            assertThat(found).as("%s %s", rnokpp, recorded).extracting(Violation::rule).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void rnokppIsRequiredUnlessADocumentNumberIsGiven() throws SchemaException {
        assertThat(validate(null, "1948-02-28", "M", "МК123456")).isEmpty();
        assertThat(validate(null, "1948-02-28", "M", null))
                .extracting(Violation::field, Violation::rule, Violation::message)
                .containsExactly(tuple("rnokpp", "required", "a value is required unless document_number is given"));
    }

    @Test
    void builtInSchemasCarryTheRowCheckAndTheCondition() {
        for (TableSchema schema : SchemaCatalog.builtIns()) {
            assertThat(schema.rowChecks()).as(schema.name()).extracting(RowCheckBinding::check).containsExactly("rnokpp_consistent");
            assertThat(schema.field("rnokpp").orElseThrow().requiredUnless()).containsExactly("document_number");
            assertThat(schema.field("unzr").orElseThrow().check()).isEqualTo("unzr");
            assertThat(schema.field("katottg").orElseThrow().check()).isEqualTo("katottg");
            assertThat(schema.field("document_number").orElseThrow().check()).isNull();
            String[] row = new String[schema.fields().size()];
            row[schema.indexOf("surname")] = "Шевченко";
            row[schema.indexOf("given_name")] = "Тарас";
            row[schema.indexOf("sex")] = "F";
            row[schema.indexOf("birth_date")] = "1948-02-28";
            row[schema.indexOf("rnokpp")] = "1759013776";
            if (schema.indexOf("registration_date") >= 0) {
                row[schema.indexOf("registration_date")] = "2020-01-01";
            }
            assertThat(RecordValidator.of(schema).validate(row)).as(schema.name())
                    .extracting(Violation::rule).containsExactly("rnokpp_consistent");
        }
    }

    @Test
    void schemaLoadRejectsUnknownChecksRolesAndFields() {
        assertThatThrownBy(() -> SchemaFiles.load(dir, PERSON.replace("\"check\": \"rnokpp_consistent\"", "\"check\": \"rnokpp_consistant\"")))
                .hasMessageContaining("unknown row check 'rnokpp_consistant'").hasMessageContaining("did you mean");
        assertThatThrownBy(() -> SchemaFiles.load(dir, PERSON.replace("\"sex\": \"sex\"", "\"gender\": \"sex\"")))
                .hasMessageContaining("has no role 'gender'");
        assertThatThrownBy(() -> SchemaFiles.load(dir, PERSON.replace(", \"sex\": \"sex\"}", "}")))
                .hasMessageContaining("needs a field for role 'sex'");
        assertThatThrownBy(() -> SchemaFiles.load(dir, PERSON.replace("\"birth_date\": \"birth_date\"", "\"birth_date\": \"dob\"")))
                .hasMessageContaining("'dob', which is not a field");
        assertThatThrownBy(() -> SchemaFiles.load(dir, PERSON.replace("[\"document_number\"]", "[\"document_numbr\"]")))
                .hasMessageMatching(".*test.json:\\d+:\\d+: .*names 'document_numbr', which is not a field.*");
        assertThatThrownBy(() -> SchemaFiles.load(dir, PERSON.replace("[\"document_number\"]", "[\"rnokpp\"]")))
                .hasMessageContaining("names the field itself");
        assertThatThrownBy(() -> SchemaFiles.load(dir, PERSON.replace("\"unireg:check\": \"rnokpp\",",
                "\"unireg:check\": \"rnokpp\", \"constraints\": {\"required\": true},")))
                .hasMessageContaining("is required, so unireg:requiredUnless cannot excuse");
    }

    @Test
    void registryGrowsWithoutChangingTheBuiltIn() {
        RowCheck never = new RowCheck() {
            public String name() { return "never"; }
            public String description() { return "always complains"; }
            public List<String> roles() { return List.of("a"); }
            public String check(String[] values) { return "no"; }
        };
        assertThat(RowChecks.builtIn().with(never).names()).containsExactly("never", "rnokpp_consistent");
        assertThat(RowChecks.builtIn().find("never")).isEmpty();
        assertThatThrownBy(() -> RowChecks.builder().add(never).add(never)).hasMessageContaining("twice");
    }
}
