package io.unireg.cli;

import io.unireg.run.ExitCodes;
import io.unireg.run.ToolVersion;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;

/** The {@code unireg} command: subcommands only; each does its parsing and delegates. */
@Command(name = "unireg", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Unifies municipal registry exports with state registry schemas.",
        subcommands = {RunCommand.class, CheckCommand.class, PreviewCommand.class, ProfileCommand.class,
                SchemasCommand.class, FunctionsCommand.class, GenerateCommand.class, GuessCommand.class,
                ReportCommand.class, DiffCommand.class, EvaluateCommand.class, TrainCommand.class,
                ExplainCommand.class, HistoryCommand.class, StatusCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:the run failed (I/O, database, internal)", "2:usage or job-file error",
                "3:a quality gate failed (outputs written)", "4:another run of the same job holds the lock"})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the CLI with the given streams and returns the exit code; tests call this in-process. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            // A bug must still end in one readable line and exit 1; the trace only on request.
            commandLine.getErr().println("unireg: internal error: " + e);
            if (System.getenv("UNIREG_DEBUG") != null) {
                e.printStackTrace(commandLine.getErr());
            } else {
                commandLine.getErr().println("unireg: set UNIREG_DEBUG=1 to see where it happened");
            }
            return ExitCodes.FAILED;
        });
        return cli.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code --version}: the jar's version. */
    public static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[]{"unireg " + ToolVersion.get(), "Java " + System.getProperty("java.version")};
        }
    }
}
