package io.unireg.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code unireg schemas} and {@code unireg functions}: listing, showing, trying. */
class CatalogCommandsTest {

    @Test
    void listsBuiltInSchemas() {
        CliRunner r = CliRunner.run("schemas");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("eddr-person").contains("trg-resident");
    }

    @Test
    void showsOneSchemaWithItsFields() {
        CliRunner r = CliRunner.run("schemas", "eddr-person");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("rnokpp").contains("birth_date").contains("Прізвище");
    }

    @Test
    void unknownSchemaIsAUsageErrorWithSuggestion() {
        CliRunner r = CliRunner.run("schemas", "eddr-persn");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("did you mean 'eddr-person'?");
    }

    @Test
    void listsFunctionsWithSummaries() {
        CliRunner r = CliRunner.run("functions");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out().lines()).anyMatch(l -> l.startsWith("title_case "))
                .anyMatch(l -> l.startsWith("split_name "));
    }

    @Test
    void triesAFunctionAndPrintsTheResultOnTheLastLine() {
        CliRunner r = CliRunner.run("functions", "date", "--try", "5.3.85", "d.M.yy");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out().strip().lines().reduce((a, b) -> b)).contains("1985-03-05");
    }

    @Test
    void aRejectedTrialExitsOneWithTheReason() {
        CliRunner r = CliRunner.run("functions", "date", "--try", "31.02.1985", "dd.MM.yyyy");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).contains("rejected by date");
    }

    @Test
    void unknownFunctionSuggestsTheNearestName() {
        CliRunner r = CliRunner.run("functions", "titlecase");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("did you mean 'title_case'?");
    }

    @Test
    void committedFunctionReferenceMatchesTheRegistry() throws java.io.IOException {
        String committed = java.nio.file.Files.readString(java.nio.file.Path.of("../docs/functions.md"));
        assertThat(committed)
                .as("docs/functions.md is stale: regenerate with scripts/unireg functions --markdown > docs/functions.md")
                .isEqualTo(CliRunner.run("functions", "--markdown").out());
    }
}
