package io.unireg.cli;

import io.unireg.match.RecordRef;
import io.unireg.match.eval.Evaluation;
import io.unireg.match.eval.EvaluationText;
import io.unireg.match.eval.LabelFiles;
import io.unireg.run.ExitCodes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code unireg evaluate --truth truth.csv --links links.csv}: how well a run's clusters match the
 * true ones. Exit codes: 0 done; 2 a file is missing or not in the expected shape.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Score a run's links.csv against a ground-truth file (source,key,entity):",
                "pairwise precision, recall and F1, B-cubed, and the worst false merges and misses."})
public final class EvaluateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--truth", required = true, paramLabel = "FILE", description = "CSV with columns source,key,entity.")
    Path truth;

    @Option(names = "--links", required = true, paramLabel = "FILE", description = "A run's links.csv (source,key,cluster_id,…).")
    Path links;

    @Option(names = "--worst", paramLabel = "N", defaultValue = "10", description = "False merges and misses to list (default: ${DEFAULT-VALUE}).")
    int worst;

    @Override
    public Integer call() {
        for (Path p : new Path[]{truth, links}) {
            if (!Files.isRegularFile(p)) {
                spec.commandLine().getErr().println("unireg evaluate: " + p + ": no such file");
                return ExitCodes.USAGE;
            }
        }
        try {
            Map<RecordRef, String> t = LabelFiles.truth(truth);
            Map<RecordRef, String> l = LabelFiles.links(links);
            EvaluationText.print(Evaluation.of(t, l, worst), spec.commandLine().getOut());
            return ExitCodes.OK;
        } catch (IOException e) {
            spec.commandLine().getErr().println("unireg evaluate: " + e.getMessage());
            return ExitCodes.USAGE;
        }
    }
}
