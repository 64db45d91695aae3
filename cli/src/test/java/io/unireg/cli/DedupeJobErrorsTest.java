package io.unireg.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** What a user sees when the dedupe section is wrong or would not scale. */
class DedupeJobErrorsTest {

    @TempDir
    static Path dir;
    static String job;

    @BeforeAll
    static void generate() throws IOException {
        assertThat(CliRunner.run("generate", "--rows", "600", "--seed", "3", "--out", dir.toString()).exitCode()).isZero();
        job = Files.readString(dir.resolve("job.yaml"));
    }

    private static CliRunner with(String name, String text, String... command) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        String[] args = new String[command.length + 1];
        System.arraycopy(command, 0, args, 0, command.length);
        args[command.length] = file.toString();
        return CliRunner.run(args);
    }

    @Test
    void checkReportsDedupeMistakesWithTheirPlace() throws IOException {
        CliRunner check = with("bad.yaml", job.replace("rnokpp: valid_first", "rnokpp: valid_frist")
                .replace("  identifiers:", "  treshold: 3\n  identifiers:"), "check");
        assertThat(check.exitCode()).isEqualTo(2);
        assertThat(check.err()).contains("bad.yaml:").contains("unknown rule 'valid_frist'").contains("valid_first")
                .contains("unknown key 'treshold'");
    }

    @Test
    void checkSummarisesAValidDedupeSection() throws IOException {
        CliRunner check = with("good.yaml", job, "check");
        assertThat(check.exitCode()).as(check.err()).isZero();
        assertThat(check.out()).contains("dedupe: dedupe mode, 5 blocking rule(s), 10 compared field(s)");
    }

    @Test
    void aBlockingRuleOverTheLimitStopsTheRunWithAdviceBeforeMakingPairs() throws IOException {
        Path file = dir.resolve("explode.yaml");
        Files.writeString(file, job.replace("  blocking:", "  max_pairs_per_rule: 50\n  blocking:\n    - [sex]"));
        CliRunner run = CliRunner.run("run", file.toString(), "--out", dir.resolve("out-explode").toString(), "-q");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("blocking rule [sex] would make").contains("limit 50");
        assertThat(dir.resolve("out-explode/records.csv")).doesNotExist();
    }

    @Test
    void trainAndExplainRefuseAJobWithoutADedupeSection() throws IOException {
        String without = job.substring(0, job.indexOf("\ndedupe:") + 1) + job.substring(job.indexOf("\noutputs:") + 1);
        CliRunner train = with("plain.yaml", without, "train");
        assertThat(train.exitCode()).isEqualTo(2);
        assertThat(train.err()).contains("unireg: train: ").contains("plain.yaml has no dedupe: section; there is no model to train");
        CliRunner explain = CliRunner.run("explain", dir.resolve("plain.yaml").toString(), "--record", "residents:1");
        assertThat(explain.exitCode()).isEqualTo(2);
        assertThat(explain.err()).contains("unireg: explain: ").contains("plain.yaml has no dedupe: section");
    }
}
