package io.unireg.cli;

import io.unireg.report.ReportException;
import io.unireg.report.ReportModel;
import io.unireg.report.ReportOptions;
import io.unireg.report.ReportReader;
import io.unireg.report.Reports;
import io.unireg.run.ExitCodes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code unireg report RUN_DIR}: the reports of a finished run again, e.g. in another language. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Re-render report.html, report.json and report.xlsx from a finished run's files",
                "(manifest.json, rejects.csv, links.csv, review.csv, reconciliation.csv)."})
public final class ReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "RUN_DIR", description = "A finished run's folder, or a job's output folder (its latest run).")
    Path runDir;

    @Option(names = "--out", paramLabel = "DIR", description = "Write the reports here instead of into RUN_DIR.")
    Path out;

    @Mixin
    ReportArgs reportArgs;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        ReportOptions options = reportArgs.options(err);
        if (options == null) {
            return ExitCodes.USAGE;
        }
        runDir = io.unireg.run.RunFolders.finishedRun(runDir);
        if (!Files.isRegularFile(runDir.resolve("manifest.json"))) {
            err.println("unireg: report: " + runDir + ": no manifest.json (not the output folder of a finished run)");
            return ExitCodes.USAGE;
        }
        Path target = out != null ? out : runDir;
        try {
            ReportModel model = ReportReader.read(runDir, options);
            for (ReportModel.SourceFile f : model.files()) {
                if (f.changedSinceRun()) {
                    err.println("unireg: report: warning: " + runDir.resolve(f.path()) + " has " + f.rows()
                            + " rows, the manifest recorded " + f.listedRows() + ": it changed after the run");
                }
            }
            List<Path> written = Reports.write(model, runDir, target, options);
            err.println("unireg: report: wrote " + String.join(", ", written.stream().map(p -> p.getFileName().toString()).toList())
                    + " to " + target);
            return ExitCodes.OK;
        } catch (ReportException e) {
            err.println("unireg: report: " + e.getMessage());
            return ExitCodes.FAILED;
        } catch (IOException | UncheckedIOException e) {
            err.println("unireg: report: " + target + ": cannot write: " + e.getMessage());
            return ExitCodes.FAILED;
        }
    }
}
