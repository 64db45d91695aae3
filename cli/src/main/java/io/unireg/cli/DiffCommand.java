package io.unireg.cli;

import io.unireg.report.ReportException;
import io.unireg.report.RunDiff;
import io.unireg.run.ExitCodes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code unireg diff RUN_A RUN_B}: two runs' figures side by side, counted from their files. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"Compare two finished runs' figures (rows read, rejected, records, rejects per rule,",
                "duplicates, reconciliation statuses, quality gates). Exit 0 whether or not they differ."})
public final class DiffCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RUN_A", description = "Output folder of the first (older) run.")
    Path runA;

    @Parameters(index = "1", paramLabel = "RUN_B", description = "Output folder of the second (newer) run.")
    Path runB;

    @Option(names = "--json", description = "Print the comparison as JSON.")
    boolean json;

    @Option(names = "--changed", description = "Only the figures that differ.")
    boolean changed;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        runA = io.unireg.run.RunFolders.finishedRun(runA);
        runB = io.unireg.run.RunFolders.finishedRun(runB);
        for (Path dir : new Path[]{runA, runB}) {
            if (!Files.isRegularFile(dir.resolve("manifest.json"))) {
                err.println("unireg: diff: " + dir + ": no manifest.json (not the output folder of a finished run)");
                return ExitCodes.USAGE;
            }
        }
        try {
            RunDiff diff = RunDiff.of(runA, runB);
            spec.commandLine().getOut().print(json ? diff.json(changed) : diff.text(changed));
            spec.commandLine().getOut().flush();
            return ExitCodes.OK;
        } catch (ReportException e) {
            err.println("unireg: diff: " + e.getMessage());
            return ExitCodes.FAILED;
        }
    }
}
