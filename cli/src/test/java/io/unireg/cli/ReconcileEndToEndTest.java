package io.unireg.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.unireg.normalize.ua.Rnokpp;
import io.unireg.normalize.ua.Unzr;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A whole run with a {@code reconcile:} section, through {@code unireg run}: a hand-built city export and
 * state extract where every status occurs once or twice, written by the test.
 */
class ReconcileEndToEndTest {

    static final String R1 = Rnokpp.make(LocalDate.of(1984, 1, 2), 11, false);
    static final String U1 = Unzr.make(LocalDate.of(1984, 1, 2), 17);
    static final String R2 = Rnokpp.make(LocalDate.of(1948, 3, 9), 22, true);
    static final String R3 = Rnokpp.make(LocalDate.of(1990, 5, 5), 33, true);
    static final String R5 = Rnokpp.make(LocalDate.of(2000, 1, 1), 55, false);
    static final String R6 = Rnokpp.make(LocalDate.of(1995, 7, 7), 66, false);
    static final String R7 = Rnokpp.make(LocalDate.of(1980, 2, 2), 77, false);
    static final String R8 = Rnokpp.make(LocalDate.of(1960, 6, 6), 88, true);

    @TempDir
    Path dir;
    Path out;

    @BeforeEach
    void files() throws IOException {
        out = dir.resolve("out");
        Files.writeString(dir.resolve("people.csv"), String.join("\n",
                "НОМЕР;ПРІЗВИЩЕ;ІМЯ;СТАТЬ;ДАТА_НАР;ІПН;УНЗР;ДОКУМЕНТ;ВУЛИЦЯ;МІСЦЕ",
                "1;Коваленко;Олена;ж;1984-01-02;" + R1 + ";" + U1 + ";;вул. Римарська;Харків",
                "2;Шевченко;Тарас;ч;1948-03-09;" + R2 + ";;;вул. Сумська;Харків",
                "3;Бондар;Іван;ч;1990-05-05;" + R3 + ";;;вул. Сумська;Харків",
                "4;Мельник;Петро;ч;1970-01-01;;;МК123456;;Харків",
                "5;Ткаченко;Ірина;ж;2000-01-01;" + R5 + ";;;;",
                "6;Лисенко;Марія;ж;1995-07-07;" + R6 + ";;;;",
                "7;Гончаренко;Оксана;ж;1980-02-02;;;МЕ111111;;",
                ""), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("eddr.csv"), String.join("\n",
                "ID,ПРІЗВИЩЕ,ІМ'Я,СТАТЬ,ДАТА,РНОКПП,УНЗР,ДОКУМЕНТ,ВУЛИЦЯ,МІСЦЕ",
                // the same person: another date format and the Russian form of her name are no difference
                "S1,КОВАЛЕНКО,Елена,F,02.01.1984," + R1 + "," + U1 + ",,вул. Римарська,Харків",
                // the street written without a space: a formatting difference the city is right about
                "S2,Шевченко,Тарас,M,09.03.1948," + R2 + ",,,вул.Сумська,Харків",
                // another birth place: a value difference the state is right about
                "S3,Бондар,Іван,M,05.05.1990," + R3 + ",,,вул. Сумська,Київ",
                // the document number of someone else entirely
                "S4,Сидоренко,Ганна,F,12.12.1955,,,МК123456,,",
                // one tax number on two state records
                "S5a,Ткаченко,Ірина,F,01.01.2000," + R5 + ",,,,",
                "S5b,Ткаченко,Ирина,F,01.01.2000," + R5 + ",,,,",
                // reached only by link mode: the city has no tax number for her
                "S7,Гончаренко,Оксана,F,02.02.1980," + R7 + ",,,,",
                "S8,Петренко,Андрій,M,06.06.1960," + R8 + ",,,,",
                "S9,Бойко,Ольга,F,31.02.1990,,,МН222222,,",
                ""), StandardCharsets.UTF_8);
    }

    Path job(String link) throws IOException {
        Path job = dir.resolve("job.yaml");
        Files.writeString(job, """
                unireg: 1
                job: people
                sources:
                  - {id: people, type: csv, path: people.csv, key: НОМЕР}
                target: {schema: eddr-person}
                fields:
                  surname: {from: ПРІЗВИЩЕ, normalize: [trim, title_case, surname_uk]}
                  given_name: {from: ІМЯ, normalize: [trim, title_case, given_name_uk]}
                  sex: {from: СТАТЬ, normalize: [trim, lower, {map: {table: {ч: M, ж: F}, default: reject}}]}
                  birth_date: {from: ДАТА_НАР, normalize: [{date: [yyyy-MM-dd]}]}
                  rnokpp: {from: ІПН, normalize: [rnokpp]}
                  unzr: {from: УНЗР, normalize: [unzr]}
                  document_number: {from: ДОКУМЕНТ, normalize: [passport]}
                  registration_street: {from: ВУЛИЦЯ, normalize: [trim]}
                  birth_place: {from: МІСЦЕ, normalize: [trim]}
                outputs:
                  - {type: csv}
                  - {type: ndjson}
                reconcile:
                  against: {id: eddr, type: csv, path: eddr.csv, key: ID}
                  fields:
                    surname: {from: ПРІЗВИЩЕ, normalize: [trim, title_case, surname_uk]}
                    given_name: {from: "ІМ'Я", normalize: [trim, title_case, given_name_uk]}
                    sex: СТАТЬ
                    birth_date: {from: ДАТА, normalize: [{date: [dd.MM.yyyy]}]}
                    rnokpp: {from: РНОКПП, normalize: [rnokpp]}
                    unzr: {from: УНЗР, normalize: [unzr]}
                    document_number: {from: ДОКУМЕНТ, normalize: [passport]}
                    registration_street: {from: ВУЛИЦЯ, normalize: [trim]}
                    birth_place: {from: МІСЦЕ, normalize: [trim]}
                  authority:
                    state: [surname, given_name, sex, birth_date, birth_place, rnokpp, unzr, document_number]
                    local: [registration_street]
                %s
                """.formatted(link), StandardCharsets.UTF_8);
        return job;
    }

    static final String LINK = """
              link:
                blocking:
                  - [name_key(surname), birth_date]
                compare:
                  surname: [exact, name_equivalent]
                  given_name: [exact, name_equivalent]
                  birth_date: [exact]
                rules:
                  - same: [surname, given_name, birth_date]
            """;

    static Map<String, String[]> byId(List<String> lines) {
        Map<String, String[]> rows = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            rows.put(cells[0].isEmpty() ? "state:" + cells[2] : cells[0], cells);
        }
        return rows;
    }

    static String uid(String key) {
        return io.unireg.dedupe.StableId.of("people", key);
    }

    @Test
    void everyStatusOnHandBuiltRecords() throws IOException {
        CliRunner r = CliRunner.run("run", job(LINK).toString(), "--out", out.toString(), "-q");

        assertThat(r.exitCode()).as(r.err()).isZero();
        List<String> lines = Files.readAllLines(out.resolve("latest/reconciliation.csv"));
        assertThat(lines.get(0)).isEqualTo("unireg_id,status,state_key,method,match_probability,differing_fields");
        Map<String, String[]> rows = byId(lines);
        assertThat(rows.get(uid("1"))).containsExactly(uid("1"), "matched", "S1", "unzr", "1.0", "");
        assertThat(rows.get(uid("2"))).containsExactly(uid("2"), "matched_with_differences", "S2", "rnokpp", "1.0", "registration_street");
        assertThat(rows.get(uid("3"))).containsExactly(uid("3"), "matched_with_differences", "S3", "rnokpp", "1.0", "birth_place");
        assertThat(rows.get(uid("4"))[1]).isEqualTo("conflict");
        assertThat(rows.get(uid("4"))[2]).isEqualTo("S4");
        assertThat(rows.get(uid("4"))[3]).isEqualTo("document_number");
        assertThat(rows.get(uid("5"))).containsExactly(uid("5"), "ambiguous", "S5a;S5b", "rnokpp", "1.0", "");
        assertThat(rows.get(uid("6"))).containsExactly(uid("6"), "local_only", "", "", "", "");
        assertThat(rows.get(uid("7"))[1]).isEqualTo("matched");
        assertThat(rows.get(uid("7"))[2]).isEqualTo("S7");
        assertThat(rows.get(uid("7"))[3]).isEqualTo("link");
        assertThat(rows.get("state:S8")).containsExactly("", "state_only", "S8", "", "", "");
        assertThat(rows).hasSize(8);
        // golden records first, in record order, then the state-only records
        assertThat(lines.subList(1, 8)).allMatch(l -> l.startsWith("u"));

        List<String> stateUpdates = Files.readAllLines(out.resolve("latest/state_updates.csv"));
        assertThat(stateUpdates.get(0)).isEqualTo("unireg_id,state_key,field,local_value,state_value,difference,evidence");
        assertThat(stateUpdates).hasSize(2);
        assertThat(stateUpdates.get(1)).startsWith(uid("2") + ",S2,registration_street,вул. Сумська,вул.Сумська,formatting,")
                .contains("matched by rnokpp").contains("people:2").contains("eddr:S2");
        List<String> localUpdates = Files.readAllLines(out.resolve("latest/local_updates.csv"));
        assertThat(localUpdates).hasSize(2);
        assertThat(localUpdates.get(1)).startsWith(uid("3") + ",S3,birth_place,Харків,Київ,value,");

        // the state extract's bad row is rejected under the against id
        assertThat(Files.readString(out.resolve("latest/rejects.csv"))).contains("eddr,S9,");

        // per status, the job's file formats
        assertThat(Files.readAllLines(out.resolve("latest/reconciliation/matched.csv"))).hasSize(3);
        assertThat(Files.readAllLines(out.resolve("latest/reconciliation/state_only.csv")).get(1))
                .startsWith("Петренко,Андрій,,M,1960-06-06,").endsWith(",,,eddr:S8");
        assertThat(Files.readAllLines(out.resolve("latest/reconciliation/conflict.ndjson"))).hasSize(1);
        assertThat(out.resolve("latest/reconciliation/local_only.csv")).exists();

        JsonNode manifest = new ObjectMapper().readTree(out.resolve("latest/manifest.json").toFile());
        JsonNode rec = manifest.path("reconcile");
        assertThat(rec.path("against").path("source").asText()).isEqualTo("eddr");
        assertThat(rec.path("against").path("rows_read").asLong()).isEqualTo(9);
        assertThat(rec.path("against").path("rows_rejected").asLong()).isEqualTo(1);
        assertThat(rec.path("against").path("sha256").asText()).hasSize(64);
        assertThat(rec.path("statuses").path("matched").asLong()).isEqualTo(2);
        assertThat(rec.path("statuses").path("state_only").asLong()).isEqualTo(1);
        List<String> listed = manifest.path("outputs").findValuesAsText("path");
        assertThat(listed).contains("reconciliation.csv", "state_updates.csv", "local_updates.csv",
                "reconciliation/matched.csv", "reconciliation/matched.ndjson");
        for (JsonNode o : manifest.path("outputs")) {
            assertThat(o.path("sha256").asText()).as(o.path("path").asText()).hasSize(64);
        }

        assertThat(r.err()).contains("; reconcile: 2 matched, 2 matched_with_differences, 1 local_only, 1 ambiguous, 1 conflict, 1 state_only");
        String html = Files.readString(out.resolve("latest/report.html"));
        assertThat(html).contains("id=\"reconciliation\"").doesNotContain("did not reconcile");
    }

    @Test
    void withoutLinkModeTheRecordWithoutAKeyIsLocalOnlyAndItsStateRecordStateOnly() throws IOException {
        CliRunner r = CliRunner.run("run", job("").toString(), "--out", out.toString(), "-q");

        assertThat(r.exitCode()).as(r.err()).isZero();
        Map<String, String[]> rows = byId(Files.readAllLines(out.resolve("latest/reconciliation.csv")));
        assertThat(rows.get(uid("7"))[1]).isEqualTo("local_only");
        assertThat(rows.get("state:S7")[1]).isEqualTo("state_only");
    }

    @Test
    void dryRunPrintsTheStatusCountsAndWritesNothing() throws IOException {
        CliRunner r = CliRunner.run("run", job(LINK).toString(), "--out", out.toString(), "--dry-run", "-q");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("reconcile against eddr: read 9, rejected 1, state records 8")
                .containsPattern("reconcile matched_with_differences +2")
                .containsPattern("reconcile state_only +1")
                .contains("reconcile state updates 1, local updates 1");
        assertThat(out).doesNotExist();
    }
}
