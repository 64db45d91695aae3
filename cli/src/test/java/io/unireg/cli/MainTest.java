package io.unireg.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;

import static org.assertj.core.api.Assertions.assertThat;

class MainTest {

    @Test
    void everySubcommandIsListedAndReachableByItsName() {
        CliRunner top = CliRunner.run("--help");
        assertThat(top.exitCode()).isZero();
        assertThat(Main.SUBCOMMANDS).hasSize(15);
        for (Class<?> command : Main.SUBCOMMANDS) {
            String name = command.getAnnotation(Command.class).name();
            assertThat(top.out()).as("unireg --help lists %s", name).containsPattern("(?m)^  " + name + " ");
            CliRunner help = CliRunner.run(name, "--help");
            assertThat(help.exitCode()).as(name).isZero();
            assertThat(help.out()).as(name).startsWith("Usage: unireg " + name + " ");
        }
    }

    @Test
    void aMistypedCommandStillGetsTheCommandListAndExit2() {
        CliRunner r = CliRunner.run("rnu", "job.yaml");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("Unmatched argument").contains("Commands:").contains("  run ");
    }

    @Test
    void anUnknownOptionIsTheErrorAndOneHintNotTheWholeUsage() {
        CliRunner r = CliRunner.run("run", "job.yaml", "--frobnicate");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err().strip().lines()).containsExactly("Unknown option: '--frobnicate'",
                "Try 'unireg run --help' for more information.");
    }

    @Test
    void aMistypedOptionGetsItsSuggestionInTheHint() {
        CliRunner r = CliRunner.run("run", "job.yaml", "--dry-rn");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err().strip().lines()).containsExactly("Unknown option: '--dry-rn'",
                "Did you mean --dry-run? Try 'unireg run --help' for more information.");
    }

    @Test
    void aBadOptionValueIsUsageErrorInTwoLines() {
        CliRunner r = CliRunner.run("preview", "job.yaml", "-n", "abc");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err().strip().lines()).hasSize(2).last().isEqualTo("Try 'unireg preview --help' for more information.");
    }

    @Test
    void picocliDoesNotSearchTheClassPathForGroovy() {
        // The search for groovy.lang.Closure cost 11-15 ms of every start (class-load times, 3 runs each way).
        CliRunner.run("--version");

        assertThat(System.getProperty("picocli.disable.closures")).isEqualTo("true");
    }
}
