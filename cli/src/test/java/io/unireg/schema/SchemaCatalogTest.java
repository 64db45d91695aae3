package io.unireg.schema;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SchemaCatalogTest {

    @TempDir
    Path dir;

    @Test
    void loadsTheEddrPersonSchema() throws SchemaException {
        TableSchema s = SchemaCatalog.load("eddr-person", null);
        assertThat(s.name()).isEqualTo("eddr-person");
        assertThat(s.title()).contains("демографічному");
        assertThat(s.description()).contains("5492-VI");
        assertThat(s.fieldNames()).startsWith("surname", "given_name", "patronymic", "sex", "birth_date")
                .contains("unzr", "rnokpp", "document_type", "document_number", "document_issue_date",
                        "registration_region", "registration_apartment", "katottg", "entry_date");
        assertThat(s.primaryKey()).isEmpty();
        assertThat(s.fields()).filteredOn(SchemaField::required).extracting(SchemaField::name)
                .containsExactly("surname", "given_name", "sex", "birth_date");
        SchemaField rnokpp = s.field("rnokpp").orElseThrow();
        assertThat(rnokpp.check()).isEqualTo("rnokpp");
        assertThat(rnokpp.required()).isFalse();
        assertThat(rnokpp.constraints().pattern()).isEqualTo("^\\d{10}$");
        assertThat(s.field("sex").orElseThrow().constraints().enumValues()).containsExactly("M", "F");
        assertThat(s.field("birth_date").orElseThrow().type()).isEqualTo(FieldType.DATE);
        assertThat(s.field("katottg").orElseThrow().constraints().pattern()).isEqualTo("^UA\\d{17}$");
    }

    @Test
    void loadsTheTerritorialCommunitySchemaWithThePersonFieldsAndRegistrationDates() throws SchemaException {
        TableSchema person = SchemaCatalog.load("eddr-person", null);
        TableSchema s = SchemaCatalog.load("trg-resident", null);
        assertThat(s.description()).contains("1871-IX");
        assertThat(s.fieldNames()).containsAll(person.fieldNames())
                .contains("registration_date", "deregistration_date", "registration_address");
        assertThat(s.field("registration_date").orElseThrow().required()).isTrue();
        assertThat(s.field("deregistration_date").orElseThrow().type()).isEqualTo(FieldType.DATE);
    }

    @Test
    void everyBuiltInFieldHasAUkrainianTitleAndADescription() {
        for (TableSchema s : SchemaCatalog.builtIns()) {
            assertThat(s.title()).as(s.name()).matches(".*\\p{IsCyrillic}.*");
            assertThat(s.description()).as(s.name()).isNotBlank();
            for (SchemaField f : s.fields()) {
                assertThat(f.name()).matches("[a-z][a-z0-9_]*");
                assertThat(f.title()).as(s.name() + "." + f.name()).matches(".*\\p{IsCyrillic}.*");
                assertThat(f.description()).as(s.name() + "." + f.name()).isNotBlank();
            }
        }
    }

    @Test
    void builtInListMatchesTheSchemaFolder() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("../mapping-rules/schemas"))) {
            List<String> names = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".json")).map(n -> n.substring(0, n.length() - 5)).sorted().toList();
            assertThat(SchemaCatalog.builtInNames()).isEqualTo(names);
        }
        assertThat(SchemaCatalog.builtIns()).extracting(TableSchema::name).isEqualTo(SchemaCatalog.builtInNames());
    }

    @Test
    void loadsASchemaFromAPathRelativeToTheBaseDir() throws SchemaException, IOException {
        Files.createDirectories(dir.resolve("schemas"));
        SchemaFiles.write(dir.resolve("schemas"), "benefit.json", """
                {"title": "Пільговики", "primaryKey": "id", "missingValues": ["", "-"],
                 "fields": [{"name": "id", "type": "integer"},
                            {"name": "amount", "type": "number", "x:unit": "UAH", "rdfType": "https://schema.org/price",
                             "example": "12.50"}]}
                """);
        TableSchema s = SchemaCatalog.load("schemas/benefit.json", dir);
        assertThat(s.name()).isEqualTo("benefit");
        assertThat(s.primaryKey()).containsExactly("id");
        assertThat(s.isMissing("-")).isTrue();
        assertThat(s.isMissing(null)).isTrue();
        assertThat(s.isMissing("0")).isFalse();
        assertThat(s.indexOf("amount")).isEqualTo(1);
        assertThat(s.indexOf("nope")).isEqualTo(-1);
        assertThat(s.field("amount").orElseThrow().type()).isEqualTo(FieldType.NUMBER);
        assertThat(SchemaCatalog.load(dir.resolve("schemas/benefit.json").toString(), Path.of("/elsewhere")).name())
                .isEqualTo("benefit");
    }

    @Test
    void loadsASchemaFileSavedWithAByteOrderMark() throws SchemaException, IOException {
        byte[] json = "{\"name\": \"з_bom\", \"fields\": [{\"name\": \"a\", \"title\": \"Поле\"}]}"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] withBom = new byte[json.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(json, 0, withBom, 3, json.length);
        Files.write(dir.resolve("bom.json"), withBom);
        TableSchema s = SchemaCatalog.load("bom.json", dir);
        assertThat(s.name()).isEqualTo("з_bom");
        assertThat(s.fields().get(0).title()).isEqualTo("Поле");
    }

    @Test
    void missingValuesDefaultToTheEmptyString() throws SchemaException {
        TableSchema s = SchemaFiles.fields(dir, "{\"name\": \"a\"}");
        assertThat(s.missingValues()).containsExactly("");
        assertThat(s.isMissing("")).isTrue();
        assertThat(s.isMissing(" ")).isFalse();
    }

    @Test
    void unknownFieldKeyNamesFileLineAndSuggestsTheKnownKey() {
        SchemaFiles.write(dir, "bad.json", """
                {
                  "name": "bad",
                  "fields": [
                    {"name": "surname",
                     "titel": "Прізвище"}
                  ]
                }
                """);
        assertThatThrownBy(() -> SchemaCatalog.load("bad.json", dir))
                .isInstanceOf(SchemaException.class)
                .hasMessage(dir.resolve("bad.json") + ":5:6: unknown key 'titel' in field 'surname' (did you mean 'title'?)");
    }

    @Test
    void unknownConstraintAndTopLevelKeysAreRejected() {
        assertThatThrownBy(() -> SchemaFiles.fields(dir, "{\"name\": \"a\", \"constraints\": {\"requried\": true}}"))
                .hasMessageContaining("unknown key 'requried' in the constraints of field 'a' (did you mean 'required'?)");
        assertThatThrownBy(() -> SchemaFiles.load(dir, "{\"feilds\": []}"))
                .hasMessageEndingWith("unknown key 'feilds' in schema (did you mean 'fields'?)");
    }

    @Test
    void badTypeNameIsRejectedWithItsLocationAndTheSupportedTypes() {
        SchemaFiles.write(dir, "bad.json", "{\"fields\": [\n  {\"name\": \"a\", \"type\": \"intger\"}\n]}");
        assertThatThrownBy(() -> SchemaCatalog.load("bad.json", dir))
                .isInstanceOf(SchemaException.class)
                .hasMessageStartingWith(dir.resolve("bad.json") + ":2:25: unknown type 'intger' for field 'a' (did you mean 'integer'?)")
                .hasMessageContaining("supported: string, integer, number");
    }

    @Test
    void invalidJsonIsRejectedWithItsLocation() {
        SchemaFiles.write(dir, "bad.json", "{\"fields\": [\n  {\"name\": \"a\",}\n]}");
        assertThatThrownBy(() -> SchemaCatalog.load("bad.json", dir))
                .isInstanceOf(SchemaException.class)
                .hasMessageStartingWith(dir.resolve("bad.json") + ":2:")
                .hasMessageContaining("invalid JSON")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void emptyFileAndDuplicateKeysAreRejected() {
        SchemaFiles.write(dir, "empty.json", "");
        assertThatThrownBy(() -> SchemaCatalog.load("empty.json", dir)).hasMessageContaining("empty.json:1:1: the file is empty");
        assertThatThrownBy(() -> SchemaFiles.load(dir, "{\"fields\": [{\"name\": \"a\", \"name\": \"b\"}]}"))
                .hasMessageContaining("duplicate key 'name'");
        assertThatThrownBy(() -> SchemaFiles.fields(dir, "{\"name\": \"a\"}, {\"name\": \"a\"}"))
                .hasMessageContaining("duplicate field name 'a'");
    }

    @Test
    void constraintsThatCannotWorkAreRejectedAtLoad() {
        assertThatThrownBy(() -> SchemaFiles.fields(dir, "{\"name\": \"a\", \"constraints\": {\"pattern\": \"[0-9\"}}"))
                .hasMessageContaining("invalid pattern for field 'a'");
        assertThatThrownBy(() -> SchemaFiles.fields(dir, "{\"name\": \"a\", \"type\": \"date\", \"constraints\": {\"minimum\": \"2023-02-30\"}}"))
                .hasMessageContaining("minimum of field 'a': '2023-02-30' is not a valid date");
        assertThatThrownBy(() -> SchemaFiles.fields(dir, "{\"name\": \"a\", \"constraints\": {\"minimum\": \"a\"}}"))
                .hasMessageContaining("minimum does not apply to string field 'a'");
        assertThatThrownBy(() -> SchemaFiles.fields(dir, "{\"name\": \"a\", \"type\": \"integer\", \"constraints\": {\"maxLength\": 3}}"))
                .hasMessageContaining("maxLength applies to string fields");
        assertThatThrownBy(() -> SchemaFiles.fields(dir, "{\"name\": \"a\", \"constraints\": {\"minLength\": 5, \"maxLength\": 3}}"))
                .hasMessageContaining("minLength 5 is greater than maxLength 3");
        assertThatThrownBy(() -> SchemaFiles.fields(dir, "{\"name\": \"a\", \"type\": \"integer\", \"constraints\": {\"minimum\": 10, \"maximum\": 9}}"))
                .hasMessageContaining("minimum 10 is greater than maximum 9");
        assertThatThrownBy(() -> SchemaFiles.fields(dir, "{\"name\": \"a\", \"type\": \"integer\", \"constraints\": {\"enum\": [\"1\", \"x\"]}}"))
                .hasMessageContaining("'x' is not a valid integer");
        assertThatThrownBy(() -> SchemaFiles.fields(dir, "{\"name\": \"a\", \"constraints\": {\"required\": \"yes\"}}"))
                .hasMessageContaining("required of field 'a' must be true or false");
        assertThatThrownBy(() -> SchemaFiles.fields(dir, "{\"name\": \"a\", \"type\": \"date\", \"format\": \"%d.%m.%Y\"}"))
                .hasMessageContaining("format '%d.%m.%Y' is not supported");
    }

    @Test
    void unknownCheckAndPrimaryKeyFieldAreRejectedWithSuggestions() {
        assertThatThrownBy(() -> SchemaFiles.fields(dir, "{\"name\": \"a\", \"unireg:check\": \"rnokp\"}"))
                .hasMessageContaining("unknown unireg:check 'rnokp' for field 'a' (did you mean 'rnokpp'?)");
        assertThatThrownBy(() -> SchemaFiles.load(dir, "{\"primaryKey\": \"ids\", \"fields\": [{\"name\": \"id\"}]}"))
                .hasMessageContaining("primaryKey names 'ids', which is not a field (did you mean 'id'?)");
    }

    @Test
    void unknownNameThatIsNeitherBuiltInNorFileSuggestsABuiltIn() {
        assertThatThrownBy(() -> SchemaCatalog.load("eddr-persn", dir))
                .isInstanceOf(SchemaException.class)
                .hasMessageContaining("'eddr-persn' is not a built-in schema (did you mean 'eddr-person'?)");
    }
}
