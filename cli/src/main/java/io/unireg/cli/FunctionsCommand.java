package io.unireg.cli;

import io.unireg.job.Suggestions;
import io.unireg.normalize.FunctionDocs;
import io.unireg.normalize.FunctionRegistry;
import io.unireg.normalize.FunctionSpec;
import io.unireg.normalize.FunctionTrial;
import io.unireg.normalize.Outcome;
import io.unireg.run.ExitCodes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "functions", mixinStandardHelpOptions = true,
        description = "List the normalising functions, show one, or try one on a value: functions date --try 12.03.85 d.M.yy")
public final class FunctionsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME", arity = "0..1", description = "A function name.")
    String name;

    @Option(names = "--try", paramLabel = "VALUE", description = "Apply the function to VALUE; the result is the last line printed.")
    String value;

    @Option(names = "--markdown", description = "Print the reference of every function as Markdown (docs/functions.md).")
    boolean markdown;

    @Parameters(index = "1..*", paramLabel = "ARG", description = "The function's argument(s) for --try.")
    List<String> args = new ArrayList<>();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        FunctionRegistry registry = FunctionRegistry.builtIn();
        if (markdown) {
            out.print(FunctionDocs.markdown(registry));
            out.flush();
            return ExitCodes.OK;
        }
        if (name == null) {
            if (value != null) {
                err.println("unireg: --try needs a function name: unireg functions NAME --try VALUE");
                return ExitCodes.USAGE;
            }
            int width = registry.names().stream().mapToInt(String::length).max().orElse(10);
            for (FunctionSpec fn : registry.all()) {
                out.printf("%-" + width + "s  %s%n", fn.name(), fn.summary());
            }
            return ExitCodes.OK;
        }
        FunctionSpec fn = registry.find(name).orElse(null);
        if (fn == null) {
            err.println("unireg: unknown function '" + name + "'" + Suggestions.didYouMean(name, registry.names()));
            return ExitCodes.USAGE;
        }
        if (value == null) {
            out.println(fn.name() + " — " + fn.summary());
            out.println("  usage:   " + fn.usage());
            out.println("  example: " + fn.example());
            return ExitCodes.OK;
        }
        Outcome outcome;
        try {
            outcome = FunctionTrial.trial(fn, value, args, Path.of("."));
        } catch (IllegalArgumentException e) {
            err.println("unireg: " + fn.name() + ": " + e.getMessage());
            return ExitCodes.USAGE;
        }
        if (outcome.rejected()) {
            out.println("rejected by " + outcome.rule() + ": " + outcome.message());
            return ExitCodes.FAILED;
        }
        out.println(outcome.value() == null ? "" : outcome.value());
        return ExitCodes.OK;
    }
}
