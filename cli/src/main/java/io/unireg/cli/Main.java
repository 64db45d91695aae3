package io.unireg.cli;

import io.unireg.run.ExitCodes;
import io.unireg.run.ToolVersion;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.util.List;

/** The {@code unireg} command: subcommands only; each does its parsing and delegates. */
@Command(name = "unireg", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Unifies municipal registry exports with state registry schemas.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:the run failed (I/O, database, internal)", "2:usage or job-file error",
                "3:a quality gate failed (outputs written)", "4:another run of the same job holds the lock"})
public final class Main implements Runnable {

    /** The subcommands, in the order {@code unireg --help} lists them. */
    static final List<Class<?>> SUBCOMMANDS = List.of(RunCommand.class, CheckCommand.class, PreviewCommand.class,
            ProfileCommand.class, SchemasCommand.class, FunctionsCommand.class, GenerateCommand.class, GuessCommand.class,
            ReportCommand.class, DiffCommand.class, EvaluateCommand.class, TrainCommand.class, ExplainCommand.class,
            HistoryCommand.class, StatusCommand.class);

    /** picocli's switch for Groovy closures in annotations. */
    private static final String NO_CLOSURES = "picocli.disable.closures";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        quietBackgroundFailures();
        if (args.length > 0 && args[0].equals("run")) {
            StartWarmUp.start();
        }
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the CLI with the given streams and returns the exit code; tests call this in-process. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        // The first CommandLine looks for Groovy's Closure class (for closures in annotations of Groovy
        // scripts): a class-not-found search of the 130 MB jar, 11-15 ms of every start. There is no Groovy here.
        if (System.getProperty(NO_CLOSURES) == null) {
            System.setProperty(NO_CLOSURES, "true");
        }
        CommandLine cli = new CommandLine(new Main());
        // picocli reflects over every option of every subcommand it is given: 0.23-0.26 s of each start
        // for all fifteen. A named subcommand is built alone; anything else (no arguments, --help, a
        // mistyped name) gets them all, for the command list and picocli's suggestions.
        Class<?> named = args.length == 0 ? null : SUBCOMMANDS.stream()
                .filter(c -> c.getAnnotation(Command.class).name().equals(args[0])).findFirst().orElse(null);
        for (Class<?> command : named != null ? List.of(named) : SUBCOMMANDS) {
            cli.addSubcommand(command);
        }
        cli.setOut(out);
        cli.setErr(err);
        CommandLine.IParameterExceptionHandler fullUsage = cli.getParameterExceptionHandler();
        cli.setParameterExceptionHandler((e, arguments) -> {
            CommandLine command = e.getCommandLine();
            if (command.getCommandSpec().parent() == null) {
                return fullUsage.handleParseException(e, arguments); // a mistyped command name: the list of commands helps
            }
            // The error and where to read more; ~40 lines of usage after it buried the one line that mattered.
            List<String> suggestions = e instanceof CommandLine.UnmatchedArgumentException u ? u.getSuggestions() : List.of();
            command.getErr().println(e.getMessage());
            command.getErr().println((suggestions.isEmpty() ? "" : "Did you mean " + String.join(" or ", suggestions) + "? ")
                    + "Try '" + command.getCommandSpec().qualifiedName() + " --help' for more information.");
            return command.getCommandSpec().exitCodeOnInvalidInput();
        });
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
        try {
            return cli.execute(args);
        } catch (OutOfMemoryError e) {
            // picocli hands on Errors; a heap too small for the job must still end in one line.
            err.println("unireg: " + outOfMemory());
            return ExitCodes.FAILED;
        }
    }

    /** What running out of heap means to a user, and what to do. */
    static String outOfMemory() {
        return "out of memory: the Java heap (" + Runtime.getRuntime().maxMemory() / (1 << 20)
                + " MB) is too small for this job; give it more with JAVA_OPTS=-Xmx… (a job with dedupe: or"
                + " reconcile: holds its records in memory: docs/benchmarks.md has sizes)";
    }

    /**
     * The pipeline's threads hand their failures to the run, which reports them in one line; a thread
     * that dies of anything else gets one line too, instead of the JVM's stack trace.
     */
    private static void quietBackgroundFailures() {
        // Read now: with the heap exhausted, even getenv's lookup key could not be allocated, and an error
        // thrown from the handler makes the JVM print its own line.
        boolean debug = System.getenv("UNIREG_DEBUG") != null;
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> {
            if (!(e instanceof OutOfMemoryError)) { // the run reports running out of memory itself
                System.err.println("unireg: internal error in thread " + thread.getName() + ": " + e);
            }
            if (debug) {
                e.printStackTrace();
            }
        });
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
