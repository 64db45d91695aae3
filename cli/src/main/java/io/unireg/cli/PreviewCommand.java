package io.unireg.cli;

import io.unireg.run.ExitCodes;
import io.unireg.run.FieldPlan;
import io.unireg.run.Plan;
import io.unireg.run.Previewer;
import io.unireg.run.RunFailure;
import io.unireg.run.SourcePlan;
import io.unireg.source.SourceOpeners;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "preview", mixinStandardHelpOptions = true,
        description = "Show source values beside their normalised values for the first rows, rejected values marked.")
public final class PreviewCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "JOB", description = "The job file (YAML).")
    Path job;

    @Option(names = {"-n", "--rows"}, paramLabel = "N", defaultValue = "20", description = "Rows to show (default ${DEFAULT-VALUE}).")
    int rows;

    @Option(names = "--source", paramLabel = "ID", description = "Source to preview (default: the first).")
    String source;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (rows < 1) {
            err.println("unireg: --rows must be a positive number, found " + rows);
            return ExitCodes.USAGE;
        }
        JobArgs.Compiled compiled = JobArgs.compile(job, err);
        if (compiled.plan() == null) {
            return compiled.exitCode();
        }
        Plan plan = compiled.plan();
        SourcePlan chosen = source == null ? plan.sources().get(0)
                : plan.sources().stream().filter(s -> s.id().equals(source)).findFirst().orElse(null);
        if (chosen == null) {
            err.println("unireg: no source '" + source + "' in " + job + "; sources: " + String.join(", ", plan.job().sourceIds()));
            return ExitCodes.USAGE;
        }
        List<Previewer.PreviewRow> preview;
        try {
            preview = new Previewer(SourceOpeners.builtIn()).preview(plan, chosen, rows);
        } catch (RunFailure e) {
            err.println("unireg: " + e.getMessage());
            return ExitCodes.FAILED;
        }
        if (preview.isEmpty()) {
            // Without this line a header-only file printed nothing, as if preview had not run.
            out.println("no rows to preview: source '" + chosen.id() + "'"
                    + (chosen.spec().path() == null ? "" : " (" + chosen.spec().path() + ")") + " has no data rows");
            return ExitCodes.OK;
        }
        new PreviewTable(out, plan, chosen).print(preview);
        return ExitCodes.OK;
    }

    /** Renders previewed rows as blocks: field, source column, raw value → normalised value. */
    private record PreviewTable(PrintWriter out, Plan plan, SourcePlan source) {

        void print(List<Previewer.PreviewRow> rows) {
            int nameWidth = plan.fields().stream().filter(FieldPlan::mapped).mapToInt(f -> f.field().name().length()).max().orElse(8);
            for (Previewer.PreviewRow row : rows) {
                if (row.badRow() != null) {
                    out.printf("── %s line %d ── REJECTED: %s: %s%n", source.id(), row.badRow().line(), row.badRow().rule(), row.badRow().message());
                    continue;
                }
                out.printf("── %s line %d, key %s ── %s%n", source.id(), row.mapped().line(), row.mapped().key(),
                        row.mapped().rejected() ? "REJECTED" : "accepted");
                for (FieldPlan field : plan.fields()) {
                    if (!field.mapped()) {
                        continue;
                    }
                    List<String> trail = row.mapped().steps().get(field.index());
                    String last = trail.isEmpty() ? row.mapped().values()[field.index()] : trail.get(trail.size() - 1);
                    boolean bad = last != null && last.startsWith("✗");
                    String shown = bad ? last : row.mapped().values()[field.index()] == null ? "∅" : row.mapped().values()[field.index()];
                    out.printf("  %s %-" + nameWidth + "s  %-26s → %s%n", bad ? "✗" : " ", field.field().name(),
                            quote(row.raw()[field.index()]), bad ? last.substring(2) : shown);
                }
            }
        }

        private static String quote(String raw) {
            if (raw == null) {
                return "∅";
            }
            String oneLine = raw.replace("\r", "\\r").replace("\n", "\\n");
            return "\"" + (oneLine.length() > 40 ? oneLine.substring(0, 39) + "…" : oneLine) + "\"";
        }
    }
}
