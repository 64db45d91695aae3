package io.unireg.source.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.unireg.source.SourceException;
import io.unireg.source.SourceItem;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonRecordSourceTest {

    @TempDir
    Path dir;

    private Path write(String name, String text, Charset charset) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, text.getBytes(charset));
        return file;
    }

    private static JsonRecordSource open(Path file, JsonRecordSource.Layout layout, String records) throws Exception {
        return JsonRecordSource.open("s", new JsonRecordSource.Options(file, layout, "auto", records));
    }

    private static List<SourceItem> readAll(JsonRecordSource source) throws IOException {
        List<SourceItem> items = new ArrayList<>();
        for (SourceItem item = source.next(); item != null; item = source.next()) {
            items.add(item);
        }
        return items;
    }

    private static String[] cells(SourceItem item) {
        assertThat(item).isInstanceOf(SourceItem.Row.class);
        return ((SourceItem.Row) item).cells();
    }

    @Test
    void flattensNestedRecordsIntoJsonPointerColumns() throws Exception {
        Path file = write("people.json", """
            [
              {"id": 1, "name": {"last": "Ґудзь", "first": "Євген"}, "phones": ["0501234567"], "active": true},
              {"id": 2, "name": {"last": "Їжакевич"}, "income": 1250.50, "big": 1e9, "note": null,
               "address": {"city": "Харків"}, "phones": ["0671112233", "0991112233"], "active": false}
            ]
            """, StandardCharsets.UTF_8);

        try (JsonRecordSource source = open(file, JsonRecordSource.Layout.ARRAY, null)) {
            assertThat(source.columns()).containsExactly("/id", "/name/last", "/name/first", "/phones/0", "/active",
                "/income", "/big", "/address/city", "/phones/1");
            assertThat(source.detected()).containsEntry("encoding", "UTF-8").containsEntry("records", "/");
            List<SourceItem> items = readAll(source);
            assertThat(items).hasSize(2);
            assertThat(cells(items.get(0))).containsExactly("1", "Ґудзь", "Євген", "0501234567", "true", "", "", "", "");
            assertThat(cells(items.get(1))).containsExactly("2", "Їжакевич", "", "0671112233", "false", "1250.50", "1e9", "Харків", "0991112233");
            assertThat(items.get(0).line()).isEqualTo(2);
            assertThat(items.get(1).line()).isEqualTo(3);
        }
    }

    @Test
    void readsTheArrayAJsonPointerNames() throws Exception {
        Path file = write("export.json", """
            {"meta": {"exported": "2024-01-31", "rows": [0, 1]},
             "data": {"total": 2, "items": [
                {"ПІБ": "Ґудзь Євген", "a/b": "slash", "t~x": "tilde"},
                {"ПІБ": "Їжакевич Ірина"}
             ], "after": {"x": [1, 2, 3]}}}
            """, StandardCharsets.UTF_8);

        try (JsonRecordSource source = open(file, JsonRecordSource.Layout.ARRAY, "/data/items")) {
            assertThat(source.columns()).containsExactly("/ПІБ", "/a~1b", "/t~0x");
            assertThat(source.detected()).containsEntry("records", "/data/items");
            List<SourceItem> items = readAll(source);
            assertThat(items).extracting(i -> cells(i)[0]).containsExactly("Ґудзь Євген", "Їжакевич Ірина");
            assertThat(items.get(1).line()).isEqualTo(4);
        }
    }

    @Test
    void topLevelObjectWithoutRecordsPointerNamesItsArrays() throws Exception {
        Path file = write("obj.json", "{\"count\": 2, \"items\": [{\"a\": 1}], \"errors\": []}", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> open(file, JsonRecordSource.Layout.ARRAY, null))
            .isInstanceOf(SourceException.class)
            .hasMessageContaining("obj.json:1: the top level is an object, expected an array of records")
            .hasMessageContaining("records:")
            .hasMessageContaining("arrays in it: /items, /errors");
    }

    @Test
    void aPointerToNothingSaysWhatIsThere() throws Exception {
        Path file = write("obj.json", "{\"data\": {\"rows\": []}}", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> open(file, JsonRecordSource.Layout.ARRAY, "/data/items"))
            .isInstanceOf(SourceException.class)
            .hasMessageContaining("records: nothing at /data/items");
    }

    @Test
    void aRecordThatIsNotAnObjectIsABadRowAndReadingGoesOn() throws Exception {
        Path file = write("mixed.json", "[{\"a\": \"x\"},\n \"stray\",\n [1, 2],\n {\"a\": \"y\"}]", StandardCharsets.UTF_8);

        try (JsonRecordSource source = open(file, JsonRecordSource.Layout.ARRAY, null)) {
            List<SourceItem> items = readAll(source);
            assertThat(items).hasSize(4);
            assertThat(items.get(1)).isInstanceOfSatisfying(SourceItem.BadRow.class, bad -> {
                assertThat(bad.line()).isEqualTo(2);
                assertThat(bad.rule()).isEqualTo("json");
                assertThat(bad.message()).isEqualTo("mixed.json:2: record is a string, expected an object");
            });
            assertThat(items.get(2)).isInstanceOf(SourceItem.BadRow.class);
            assertThat(cells(items.get(3))).containsExactly("y");
        }
    }

    @Test
    void brokenSyntaxInAnArrayIsOneLineNamingFileLineAndColumn() throws Exception {
        Path file = write("broken.json", "[\n{\"a\": 1},\n{\"a\": 2,, \"b\": 3}\n]", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> open(file, JsonRecordSource.Layout.ARRAY, null))
            .isInstanceOf(SourceException.class)
            .hasMessageStartingWith(file + ":3:9: malformed JSON: Unexpected character (',' (code 44))")
            .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void ndjsonRejectsABadLineAndGoesOn() throws Exception {
        Path file = write("people.ndjson", """
            {"id": "1", "name": {"last": "Ґудзь"}}

            {"id": "2", "name": {"last": "Їжакевич"}
            [1]
            {"id": "3"} {"id": "4"}
            {"id": "5", "name": {"last": "Сірко"}}
            """, StandardCharsets.UTF_8);

        try (JsonRecordSource source = open(file, JsonRecordSource.Layout.NDJSON, null)) {
            assertThat(source.columns()).containsExactly("/id", "/name/last");
            List<SourceItem> items = readAll(source);
            assertThat(items).hasSize(5);
            assertThat(cells(items.get(0))).containsExactly("1", "Ґудзь");
            assertThat(items.get(1)).isInstanceOfSatisfying(SourceItem.BadRow.class, bad -> {
                assertThat(bad.line()).isEqualTo(3);
                assertThat(bad.rowNumber()).isEqualTo(2);
                assertThat(bad.message()).startsWith("people.ndjson:3:").contains("malformed JSON");
            });
            assertThat(items.get(2)).isInstanceOfSatisfying(SourceItem.BadRow.class,
                bad -> assertThat(bad.message()).isEqualTo("people.ndjson:4: record is an array, expected an object"));
            assertThat(items.get(3)).isInstanceOfSatisfying(SourceItem.BadRow.class,
                bad -> assertThat(bad.message()).contains("text after the record's closing brace"));
            assertThat(cells(items.get(4))).containsExactly("5", "Сірко");
            assertThat(items.get(4).line()).isEqualTo(6);
        }
    }

    @Test
    void readsLegacyEncodedJsonThroughTheSharedDetector() throws Exception {
        String text = "[{\"ПРІЗВИЩЕ\": \"Їжакевич\", \"МІСТО\": \"Київ\"}, {\"ПРІЗВИЩЕ\": \"Ґудзь\", \"МІСТО\": \"Біла Церква\"}]";
        for (Charset charset : List.of(Charset.forName("windows-1251"), Charset.forName("cp1125"), Charset.forName("KOI8-U"))) {
            Path file = write("legacy-" + charset.name() + ".json", text, charset);
            try (JsonRecordSource source = open(file, JsonRecordSource.Layout.ARRAY, null)) {
                assertThat(source.detected()).containsEntry("encoding", charset.name());
                assertThat(source.columns()).containsExactly("/ПРІЗВИЩЕ", "/МІСТО");
                assertThat(cells(source.next())).containsExactly("Їжакевич", "Київ");
            }
        }
    }

    @Test
    void utf8BomIsSkipped() throws Exception {
        Path file = write("bom.ndjson", "\uFEFF{\"a\": \"Є\"}\n", StandardCharsets.UTF_8);

        try (JsonRecordSource source = open(file, JsonRecordSource.Layout.NDJSON, null)) {
            assertThat(source.detected()).containsEntry("bom", "true");
            assertThat(cells(source.next())).containsExactly("Є");
        }
    }

    /**
     * A byte UTF-8 cannot decode, past the 64 KB detection reads: its cell is marked, so the values mapped
     * from it are rejected rather than written with a U+FFFD; the cells before it, and the clean records,
     * are not. In NDJSON and in an array alike.
     */
    @Test
    void marksTheCellsOfUndecodableBytesInNdjsonAndArrays() throws Exception {
        for (JsonRecordSource.Layout layout : JsonRecordSource.Layout.values()) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            bytes.write(layout == JsonRecordSource.Layout.ARRAY ? '[' : ' ');
            for (int i = 1; i <= 2000; i++) {
                String record = (i > 1 && layout == JsonRecordSource.Layout.ARRAY ? "," : "")
                    + "{\"id\":\"" + i + "\",\"surname\":\"Коваленко\",\"note\":\"примітка\"}\n";
                byte[] encoded = record.getBytes(StandardCharsets.UTF_8);
                if (i == 1500) {
                    String latin1 = new String(encoded, StandardCharsets.ISO_8859_1);
                    int at = latin1.indexOf(new String("примітка".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1)) + 3;
                    encoded[at] = (byte) 0xFF; // the second byte of "р"
                }
                bytes.write(encoded);
            }
            bytes.write(layout == JsonRecordSource.Layout.ARRAY ? ']' : ' ');
            Path file = dir.resolve("damaged-" + layout + ".json");
            Files.write(file, bytes.toByteArray());

            try (JsonRecordSource source = open(file, layout, null)) {
                assertThat(source.detected()).as(layout.name()).containsEntry("encoding", "UTF-8");
                List<SourceItem> items = readAll(source);
                assertThat(items).hasSize(2000);
                SourceItem.Row damaged = (SourceItem.Row) items.get(1499);
                assertThat(damaged.cells()[2]).contains("\uFFFD");
                assertThat(damaged.undecoded()).isNotNull();
                assertThat(damaged.undecoded().encoding()).isEqualTo("UTF-8");
                assertThat(damaged.undecoded().cells()).containsExactly(false, false, true);
                assertThat(items).filteredOn(item -> item != damaged)
                    .allSatisfy(item -> assertThat(((SourceItem.Row) item).undecoded()).as(layout + " line " + item.line()).isNull());
            }
        }
    }
}
