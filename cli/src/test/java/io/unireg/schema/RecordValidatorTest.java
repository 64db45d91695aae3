package io.unireg.schema;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class RecordValidatorTest {

    @TempDir
    Path dir;

    /** Violations of one value in a one-field schema. */
    private List<Violation> one(String fieldJson, String value) throws SchemaException {
        return RecordValidator.of(SchemaFiles.fields(dir, fieldJson)).validate(new String[] {value});
    }

    private List<String> rules(String fieldJson, String value) throws SchemaException {
        return one(fieldJson, value).stream().map(Violation::rule).toList();
    }

    @Test
    void missingOptionalValueIsValid() throws SchemaException {
        assertThat(one("{\"name\": \"a\", \"type\": \"integer\", \"constraints\": {\"minimum\": 5}}", null)).isEmpty();
    }

    @Test
    void missingRequiredValueBreaksRequiredOnly() throws SchemaException {
        assertThat(one("{\"name\": \"a\", \"type\": \"date\", \"constraints\": {\"required\": true}}", null))
                .extracting(Violation::field, Violation::rule)
                .containsExactly(tuple("a", "required"));
    }

    @Test
    void presentRequiredValuePasses() throws SchemaException {
        assertThat(rules("{\"name\": \"a\", \"constraints\": {\"required\": true}}", "x")).isEmpty();
    }

    @Test
    void checksTypes() throws SchemaException {
        assertThat(rules("{\"name\": \"a\", \"type\": \"integer\"}", "-12")).isEmpty();
        assertThat(rules("{\"name\": \"a\", \"type\": \"integer\"}", "12.0")).containsExactly("type");
        assertThat(rules("{\"name\": \"a\", \"type\": \"number\"}", "12.5")).isEmpty();
        assertThat(rules("{\"name\": \"a\", \"type\": \"number\"}", "12,5")).containsExactly("type");
        assertThat(rules("{\"name\": \"a\", \"type\": \"boolean\"}", "true")).isEmpty();
        assertThat(rules("{\"name\": \"a\", \"type\": \"boolean\"}", "так")).containsExactly("type");
        assertThat(rules("{\"name\": \"a\", \"type\": \"year\"}", "1991")).isEmpty();
        assertThat(rules("{\"name\": \"a\", \"type\": \"year\"}", "91")).containsExactly("type");
        assertThat(rules("{\"name\": \"a\", \"type\": \"datetime\"}", "2024-03-01T08:30:00+02:00")).isEmpty();
        assertThat(rules("{\"name\": \"a\", \"type\": \"datetime\"}", "01.03.2024 08:30")).containsExactly("type");
        assertThat(rules("{\"name\": \"a\", \"type\": \"any\"}", "whatever")).isEmpty();
        assertThat(rules("{\"name\": \"a\"}", "12.0")).isEmpty();
    }

    @Test
    void rejectsDateThatDoesNotExistAndAcceptsLeapDay() throws SchemaException {
        String date = "{\"name\": \"birth_date\", \"type\": \"date\"}";
        assertThat(rules(date, "2024-02-29")).isEmpty();
        assertThat(one(date, "2023-02-29")).singleElement()
                .satisfies(v -> assertThat(v.rule()).isEqualTo("type"))
                .satisfies(v -> assertThat(v.message()).isEqualTo("'2023-02-29' is not a valid date (yyyy-MM-dd, a day that exists)"));
        assertThat(rules(date, "1900-02-29")).containsExactly("type");
        assertThat(rules(date, "2000-02-29")).isEmpty();
    }

    @Test
    void checksLengthInCharactersNotBytes() throws SchemaException {
        String field = "{\"name\": \"a\", \"constraints\": {\"minLength\": 2, \"maxLength\": 4}}";
        assertThat(rules(field, "Їжак")).isEmpty();
        assertThat(rules(field, "Ї")).containsExactly("minLength");
        assertThat(rules(field, "Їжачок")).containsExactly("maxLength");
        assertThat(one(field, "Їжачок").get(0).message()).isEqualTo("has 6 characters, more than 4");
        // characters outside the BMP are one character each, though two Java chars
        assertThat(rules(field, "𝔘𝔘𝔘𝔘")).isEmpty();
        assertThat(rules(field, "𝔘𝔘𝔘a")).isEmpty();
        assertThat(rules(field, "𝔘")).containsExactly("minLength");
        assertThat(rules(field, "𝔘𝔘𝔘𝔘𝔘")).containsExactly("maxLength");
        assertThat(rules("{\"name\": \"a\", \"constraints\": {\"minLength\": 3}}", "𝔘𝔘")).containsExactly("minLength");
    }

    @Test
    void patternMustMatchTheWholeValue() throws SchemaException {
        String field = "{\"name\": \"katottg\", \"constraints\": {\"pattern\": \"UA\\\\d{17}\"}}";
        assertThat(rules(field, "UA63120270010096107")).isEmpty();
        assertThat(rules(field, "UA631202700100961071")).containsExactly("pattern");
        assertThat(rules(field, "xUA63120270010096107")).containsExactly("pattern");
    }

    @Test
    void fixedPatternsAndRegexPatternsReportTheSameWay() throws SchemaException {
        // ^UA\d{17}$ is matched by hand, UA\d{17}|x by the regex engine: the message is the schema's text either way
        String fixed = "{\"name\": \"katottg\", \"constraints\": {\"pattern\": \"^UA\\\\d{17}$\"}}";
        String regex = "{\"name\": \"katottg\", \"constraints\": {\"pattern\": \"UA\\\\d{17}|x\"}}";
        assertThat(one(fixed, "UA6312027001009610Ї")).extracting(Violation::rule, Violation::message)
                .containsExactly(tuple("pattern", "'UA6312027001009610Ї' does not match ^UA\\d{17}$"));
        assertThat(one(regex, "UA6312027001009610Ї")).extracting(Violation::rule, Violation::message)
                .containsExactly(tuple("pattern", "'UA6312027001009610Ї' does not match UA\\d{17}|x"));
        assertThat(rules(fixed, "UA63120270010096107")).isEmpty();
        assertThat(rules(fixed, "UA63120270010096107\n")).containsExactly("pattern");
        assertThat(rules(regex, "x")).isEmpty();
    }

    @Test
    void fieldWithoutConstraintsAcceptsAnyPresentValue() throws SchemaException {
        assertThat(rules("{\"name\": \"a\"}", "")).isEmpty();
        assertThat(rules("{\"name\": \"a\", \"type\": \"any\"}", "\uD800 lone surrogate")).isEmpty();
        assertThat(rules("{\"name\": \"a\", \"format\": \"email\"}", "not an email")).containsExactly("type");
    }

    @Test
    void enumAcceptsOnlyListedValues() throws SchemaException {
        String field = "{\"name\": \"sex\", \"constraints\": {\"enum\": [\"M\", \"F\"]}}";
        assertThat(rules(field, "F")).isEmpty();
        assertThat(one(field, "Ж")).extracting(Violation::rule, Violation::message)
                .containsExactly(tuple("enum", "'Ж' is not one of M, F"));
    }

    @Test
    void minimumAndMaximumCompareNumbersNumerically() throws SchemaException {
        String field = "{\"name\": \"a\", \"type\": \"integer\", \"constraints\": {\"minimum\": 9, \"maximum\": 100}}";
        assertThat(rules(field, "10")).isEmpty();
        assertThat(rules(field, "100")).isEmpty();
        assertThat(rules(field, "8")).containsExactly("minimum");
        assertThat(rules(field, "101")).containsExactly("maximum");
        String number = "{\"name\": \"a\", \"type\": \"number\", \"constraints\": {\"minimum\": \"0.5\"}}";
        assertThat(rules(number, "0.50")).isEmpty();
        assertThat(rules(number, "0.49")).containsExactly("minimum");
    }

    @Test
    void minimumAndMaximumCompareDatesAsDates() throws SchemaException {
        String field = "{\"name\": \"a\", \"type\": \"date\", \"constraints\": {\"minimum\": \"1900-01-01\", \"maximum\": \"2024-12-31\"}}";
        assertThat(rules(field, "1948-02-28")).isEmpty();
        assertThat(rules(field, "1899-12-31")).containsExactly("minimum");
        assertThat(rules(field, "2025-01-01")).containsExactly("maximum");
        String year = "{\"name\": \"a\", \"type\": \"year\", \"constraints\": {\"maximum\": 2024}}";
        assertThat(rules(year, "2025")).containsExactly("maximum");
    }

    @Test
    void doesNotCompareAValueOfTheWrongType() throws SchemaException {
        String field = "{\"name\": \"a\", \"type\": \"integer\", \"constraints\": {\"minimum\": 5}}";
        assertThat(rules(field, "abc")).containsExactly("type");
    }

    @Test
    void checksStringFormats() throws SchemaException {
        String field = "{\"name\": \"a\", \"format\": \"uuid\"}";
        assertThat(rules(field, "123e4567-e89b-12d3-a456-426614174000")).isEmpty();
        assertThat(rules(field, "123e4567")).containsExactly("type");
    }

    @Test
    void reportsEveryViolationOfOneValue() throws SchemaException {
        String field = "{\"name\": \"a\", \"constraints\": {\"maxLength\": 2, \"pattern\": \"\\\\d+\", \"enum\": [\"1\", \"2\"]}}";
        assertThat(rules(field, "abc")).containsExactly("maxLength", "pattern", "enum");
    }

    @Test
    void reportsRnokppCheckUnderItsNameAndMasksTheValue() throws SchemaException {
        String field = "{\"name\": \"rnokpp\", \"constraints\": {\"pattern\": \"^\\\\d{10}$\"}, \"unireg:check\": \"rnokpp\"}";
        for (String valid : List.of("1759013776", "3652504575", "3068208400", "2530414071")) {
            assertThat(rules(field, valid)).as(valid).isEmpty();
        }
        assertThat(one(field, "1759013770")).extracting(Violation::field, Violation::rule, Violation::message)
                .containsExactly(tuple("rnokpp", "rnokpp", "РНОКПП 17***13770 has a wrong check digit"));
        assertThat(rules(field, "0000000000")).containsExactly("rnokpp");
        assertThat(one(field, "17590137761")).allSatisfy(v -> assertThat(v.message()).doesNotContain("17590137761"))
                .extracting(Violation::rule).containsExactly("pattern", "rnokpp");
    }

    @Test
    void uniqueFlagsRepeatsAcrossRowsButNotMissingValues() throws SchemaException {
        TableSchema schema = SchemaFiles.fields(dir, "{\"name\": \"code\", \"constraints\": {\"unique\": true}}");
        RecordValidator validator = RecordValidator.of(schema);
        assertThat(validator.validate(new String[] {"A1"})).isEmpty();
        assertThat(validator.validate(new String[] {"B2"})).isEmpty();
        assertThat(validator.validate(new String[] {null})).isEmpty();
        assertThat(validator.validate(new String[] {null})).isEmpty();
        assertThat(validator.validate(new String[] {"A1"})).extracting(Violation::rule, Violation::message)
                .containsExactly(tuple("unique", "'A1' already appears in an earlier row"));
    }

    @Test
    void uniqueMessageMasksIdentifiers() throws SchemaException {
        TableSchema schema = SchemaFiles.fields(dir,
                "{\"name\": \"rnokpp\", \"constraints\": {\"unique\": true}, \"unireg:check\": \"rnokpp\"}");
        RecordValidator validator = RecordValidator.of(schema);
        validator.validate(new String[] {"3652504575"});
        assertThat(validator.validate(new String[] {"3652504575"})).singleElement()
                .satisfies(v -> assertThat(v.message()).isEqualTo("36***04575 already appears in an earlier row"));
    }

    @Test
    void compositePrimaryKeyFlagsRepeatedCombinationsAndRequiresItsParts() throws SchemaException {
        TableSchema schema = SchemaFiles.load(dir, """
                {"name": "t", "primaryKey": ["series", "number"],
                 "fields": [{"name": "series"}, {"name": "number"}, {"name": "note"}]}
                """);
        assertThat(schema.field("series").orElseThrow().required()).isTrue();
        RecordValidator validator = RecordValidator.of(schema);
        assertThat(validator.validate(new String[] {"МК", "123456", "x"})).isEmpty();
        assertThat(validator.validate(new String[] {"МК", "654321", "x"})).isEmpty();
        assertThat(validator.validate(new String[] {"МК", "123456", "y"}))
                .extracting(Violation::field, Violation::rule).containsExactly(tuple("series,number", "primaryKey"));
        assertThat(validator.validate(new String[] {"МК", null, "y"}))
                .extracting(Violation::field, Violation::rule).containsExactly(tuple("number", "required"));
    }

    @Test
    void singleFieldPrimaryKeyThatIsAlsoUniqueReportsOnce() throws SchemaException {
        TableSchema schema = SchemaFiles.load(dir, """
                {"name": "t", "primaryKey": "id", "fields": [{"name": "id", "constraints": {"unique": true}}]}
                """);
        RecordValidator validator = RecordValidator.of(schema);
        validator.validate(new String[] {"7"});
        assertThat(validator.validate(new String[] {"7"})).extracting(Violation::rule).containsExactly("primaryKey");
    }

    /**
     * The checks that need no other row run on the normalising threads, the cross-row ones after, in
     * order: the violations must still come per field — its rules, then its unique — then the row's.
     */
    @Test
    void crossRowViolationsTakeTheirPlacesAmongTheRowsOwn() throws SchemaException {
        TableSchema schema = SchemaFiles.load(dir, """
                {"name": "t", "primaryKey": ["a", "b"],
                 "fields": [{"name": "a", "constraints": {"unique": true, "maxLength": 2}},
                            {"name": "b", "type": "integer"},
                            {"name": "c", "constraints": {"unique": true, "pattern": "^[0-9]{3}$"}},
                            {"name": "d", "unireg:requiredUnless": ["a"]}]}
                """);
        RecordValidator validator = RecordValidator.of(schema);
        String[] first = {"xyz", "1", "12", null};
        assertThat(validator.complete(first, validator.check(first))).extracting(Violation::field, Violation::rule)
                .containsExactly(tuple("a", "maxLength"), tuple("c", "pattern"));
        String[] again = {"xyz", "1", "12", null};
        RecordValidator.Checked checked = validator.check(again);
        assertThat(checked.violations()).extracting(Violation::rule).containsExactly("maxLength", "pattern");
        assertThat(validator.complete(again, checked)).extracting(Violation::field, Violation::rule).containsExactly(
                tuple("a", "maxLength"), tuple("a", "unique"), tuple("c", "pattern"), tuple("c", "unique"),
                tuple("a,b", "primaryKey"));
        String[] third = {"ab", "x", "12", null}; // only c repeats
        assertThat(validator.validate(third)).extracting(Violation::field, Violation::rule).containsExactly(
                tuple("b", "type"), tuple("c", "pattern"), tuple("c", "unique"));
    }

    @Test
    void validateValueChecksOneValueWithoutRememberingIt() throws SchemaException {
        TableSchema schema = SchemaFiles.load(dir, """
                {"name": "t", "fields": [{"name": "a"}, {"name": "b", "type": "integer", "constraints": {"unique": true}}]}
                """);
        RecordValidator validator = RecordValidator.of(schema);
        assertThat(validator.validateValue(1, "x")).extracting(Violation::field, Violation::rule)
                .containsExactly(tuple("b", "type"));
        assertThat(validator.validateValue(1, "5")).isEmpty();
        assertThat(validator.validateValue(1, "5")).isEmpty();
        assertThat(validator.validate(new String[] {null, "5"})).isEmpty();
    }

    @Test
    void refusesARowOfTheWrongWidth() throws SchemaException {
        RecordValidator validator = RecordValidator.of(SchemaFiles.fields(dir, "{\"name\": \"a\"}"));
        assertThatThrownBy(() -> validator.validate(new String[] {"x", "y"}))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesACheckTheRegistryDoesNotHold() throws SchemaException {
        TableSchema schema = SchemaFiles.fields(dir, "{\"name\": \"a\", \"unireg:check\": \"rnokpp\"}");
        assertThatThrownBy(() -> RecordValidator.of(schema, DomainChecks.builder().build()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rnokpp");
    }

    @Test
    void validatesTheBuiltInPersonSchemaRow() throws SchemaException {
        TableSchema schema = SchemaCatalog.load("eddr-person", null);
        String[] row = new String[schema.fields().size()];
        row[schema.indexOf("surname")] = "Шевченко";
        row[schema.indexOf("given_name")] = "Тарас";
        row[schema.indexOf("sex")] = "M";
        row[schema.indexOf("birth_date")] = "1948-02-28";
        row[schema.indexOf("rnokpp")] = "1759013776";
        row[schema.indexOf("unzr")] = "19480228-00011";
        row[schema.indexOf("katottg")] = "UA63120270010096107";
        RecordValidator validator = RecordValidator.of(schema);
        assertThat(validator.validate(row)).isEmpty();
        row[schema.indexOf("given_name")] = null;
        row[schema.indexOf("rnokpp")] = "1759013770";
        assertThat(validator.validate(row)).extracting(Violation::field, Violation::rule)
                .containsExactly(tuple("given_name", "required"), tuple("rnokpp", "rnokpp"));
    }
}
