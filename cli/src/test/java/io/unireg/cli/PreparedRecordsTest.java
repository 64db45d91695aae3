package io.unireg.cli;

import io.unireg.dedupe.StableId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Records and links are formatted on the normalising threads, before the run knows whether a later
 * check (a unique value seen in an earlier row) changes or refuses the row: what is written must be
 * what validation left, in each output's own format.
 */
class PreparedRecordsTest {

    @TempDir
    Path dir;

    @Test
    void eachOutputGetsItsOwnFormatAndCrossRowChecksWinOverPreparedLines() throws IOException {
        Files.writeString(dir.resolve("person.json"), """
                {"name": "prepared", "fields": [
                 {"name": "name", "type": "string", "constraints": {"required": true}},
                 {"name": "code", "type": "string", "constraints": {"unique": true}},
                 {"name": "tin", "type": "string", "constraints": {"unique": true}}]}
                """);
        Files.writeString(dir.resolve("in.csv"), String.join("\r\n",
                "id,name,code,tin",
                "1,=1+1,A,100",
                "2,\"Бондар, \"\"Мол.\"\" 😀\",A,200", // code A again: dropped (on_error null), row kept
                "3,Ткаченко,B,100", // tin 100 again: the row is refused
                "4,\"два", "рядки\",C,300",
                ""), StandardCharsets.UTF_8);
        Path job = Files.writeString(dir.resolve("job.yaml"), """
                unireg: 1
                job: prepared
                sources:
                  - {id: s, type: csv, path: in.csv, key: id, delimiter: ','}
                target: {schema: person.json}
                fields:
                  name: {from: name}
                  code: {from: code, on_error: null}
                  tin: {from: tin}
                outputs:
                  - {type: csv, path: records.csv}
                  - {type: csv, path: plain.csv, formula_guard: false}
                  - {type: ndjson, path: records.ndjson}
                """);
        Path out = dir.resolve("out");

        CliRunner r = CliRunner.run("run", job.toString(), "--out", out.toString(), "--no-state", "-q");

        assertThat(r.exitCode()).as(r.err()).isZero();
        Path latest = out.resolve("latest");
        String id1 = StableId.of("s", "1"), id2 = StableId.of("s", "2"), id4 = StableId.of("s", "4");
        String rest = "\"Бондар, \"\"Мол.\"\" 😀\",,200," + id2 + "," + id2 + ",s:2\r\n"
                + "\"два\r\nрядки\",C,300," + id4 + "," + id4 + ",s:4\r\n";
        assertThat(Files.readString(latest.resolve("records.csv"))).isEqualTo("name,code,tin,unireg_id,cluster_id,sources\r\n"
                + "'=1+1,A,100," + id1 + "," + id1 + ",s:1\r\n" + rest);
        assertThat(Files.readString(latest.resolve("plain.csv"))).isEqualTo("name,code,tin,unireg_id,cluster_id,sources\r\n"
                + "=1+1,A,100," + id1 + "," + id1 + ",s:1\r\n" + rest);
        assertThat(Files.readAllLines(latest.resolve("records.ndjson"))).hasSize(3)
                .element(1).asString().contains("\"code\":null");
        assertThat(Files.readAllLines(latest.resolve("links.csv"))).containsExactly(
                "source,key,cluster_id,match_probability", "s,1," + id1 + ",1.0", "s,2," + id2 + ",1.0", "s,4," + id4 + ",1.0");
        assertThat(Files.readAllLines(latest.resolve("rejects.csv"))).hasSize(3)
                .anySatisfy(l -> assertThat(l).startsWith("s,2,3,code,unique,"))
                .anySatisfy(l -> assertThat(l).startsWith("s,3,4,tin,unique,"));
    }
}
