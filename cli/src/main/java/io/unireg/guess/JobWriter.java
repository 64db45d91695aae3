package io.unireg.guess;

import io.unireg.normalize.FunctionRegistry;
import io.unireg.normalize.RowContext;
import io.unireg.schema.SchemaField;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Writes a {@link Guess} as a job file a person can read and edit: every mapping with its confidence
 * and reason as a comment above it, each chain with what its steps do and what it did to the sample,
 * then the unmapped columns and the unfilled fields. Encoding and delimiter are written as detected,
 * so the job reads the file the way the guess did.
 */
public final class JobWriter {

    private static final Pattern NOT_NAME = Pattern.compile("[^a-z0-9_.-]+");

    private JobWriter() {
    }

    /**
     * @param sourcePath the source path as the job should name it (relative to the job's folder)
     * @param command    the command line, quoted in the first comment
     */
    public static String write(Guess g, String sourcePath, String command) {
        StringBuilder y = new StringBuilder();
        String job = jobName(Path.of(g.file()).getFileName().toString());
        String encoding = g.detected().getOrDefault("encoding", "auto");
        String delimiter = g.detected().getOrDefault("delimiter", "auto");
        y.append("# Proposed by `").append(command).append("`.\n");
        y.append("# A first draft: read the comments, correct what is wrong, then `unireg check` and `unireg run` it.\n");
        y.append(String.format(Locale.ROOT, "# Source: %,d rows, %d columns; chains were tried on %,d sampled rows.%n",
                g.rows(), g.columns().size(), g.sampled()));
        y.append("# Confidence: 0.9 a known header, 0.6 a header containing a known name, raised when the values agree,\n");
        y.append("# halved when they contradict; from values alone, by the share of values that fit.\n");
        y.append("unireg: 1\n");
        y.append("job: ").append(job).append('\n');
        y.append("description: ").append(YamlText.scalar(Path.of(g.file()).getFileName() + " → " + g.schema().name()
                + " (proposed by unireg guess)")).append("\n\n");

        y.append("sources:\n");
        y.append("  - id: ").append(sourceId(job)).append('\n');
        y.append("    type: csv\n");
        y.append("    path: ").append(YamlText.scalar(sourcePath)).append('\n');
        y.append("    encoding: ").append(YamlText.scalar(encoding));
        comment(y, "as detected: " + g.detected().getOrDefault("encoding_reason", ""));
        y.append("    delimiter: ").append(YamlText.scalar(delimiter));
        comment(y, g.detected().getOrDefault("delimiter_reason", ""));
        if (g.keyColumn() != null) {
            Guess.ColumnGuess key = g.columns().stream().filter(c -> c.column().equals(g.keyColumn())).findFirst().orElseThrow();
            y.append("    key: ").append(YamlText.scalar(g.keyColumn()));
            comment(y, key.reason());
        }
        y.append("\ntarget:\n  schema: ").append(YamlText.scalar(g.schema().name())).append("\n\nfields:\n");

        for (Guess.FieldGuess f : g.fields()) {
            String field = f.field().name();
            y.append(String.format(Locale.ROOT, "  # %s ← %s (%s, confidence %.2f): %s%n", field, f.column(),
                    Concepts.describe(f.concept()), f.confidence(), f.reason()));
            for (String note : f.proposal().notes()) {
                y.append("  #   ").append(note).append('\n');
            }
            y.append("  #   ").append(f.trial().describe(!f.field().identifier())).append('\n');
            y.append("  ").append(YamlText.scalar(field)).append(":\n");
            y.append("    from: ").append(YamlText.scalar(f.column())).append('\n');
            y.append("    normalize: ").append(render(f.proposal().steps())).append('\n');
            if (f.onErrorNull()) {
                y.append("    on_error: null");
                comment(y, String.format(Locale.ROOT, "optional field: the chain rejected %s of sampled values, "
                        + "so a bad value is dropped instead of the row", Evidence.percent(f.trial().rejectShare())));
            }
        }

        List<Guess.ColumnGuess> unmapped = g.columns().stream()
                .filter(c -> !c.mapped() || g.fields().stream().noneMatch(f -> f.column().equals(c.column()))
                        && !c.column().equals(g.keyColumn()))
                .toList();
        y.append("\n# Columns not mapped to a field:\n");
        if (unmapped.isEmpty()) {
            y.append("#   (none)\n");
        }
        for (Guess.ColumnGuess c : unmapped) {
            String why = c.mapped()
                    ? "looks like " + Concepts.describe(c.concept()) + " (" + c.reason() + "); "
                    + g.schema().name() + " has no field for it"
                    + ("document_series".equals(c.concept()) ? " on its own" : "")
                    : c.reason();
            y.append("#   ").append(c.column()).append(" — ").append(why).append('\n');
        }
        y.append("# Fields of ").append(g.schema().name()).append(" no column fills:\n");
        if (g.unfilled().isEmpty()) {
            y.append("#   (none)\n");
        }
        for (SchemaField f : g.unfilled()) {
            y.append("#   ").append(f.name());
            if (f.required()) {
                y.append(" — REQUIRED: map a column to it, or `unireg check` fails");
            } else if (!f.requiredUnless().isEmpty()) {
                y.append(" — required unless ").append(String.join(" or ", f.requiredUnless())).append(" is given");
            } else {
                y.append(" (optional)");
            }
            y.append('\n');
        }
        y.append("\noutputs:\n  - {type: csv, path: records.csv}\n\n");
        y.append("# quality:\n#   max_reject_rate: 0.05           # uncomment to fail the run (exit 3) above 5% rejected rows\n");
        return y.toString();
    }

    private static void comment(StringBuilder y, String text) {
        if (text == null || text.isBlank()) {
            y.append('\n');
        } else {
            y.append("   # ").append(text.replace('\n', ' ')).append('\n');
        }
    }

    private static String render(List<Step> steps) {
        return "[" + String.join(", ", steps.stream().map(Step::render).toList()) + "]";
    }

    /** A job name from the file name: Ukrainian letters transliterated, the rest made a name. */
    static String jobName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String base = dot > 0 ? fileName.substring(0, dot) : fileName;
        String latin = Chain.of(List.of(Step.of("translit")), FunctionRegistry.builtIn(), Path.of("."))
                .apply(base, RowContext.EMPTY).value();
        String name = NOT_NAME.matcher(String.valueOf(latin).toLowerCase(Locale.ROOT)).replaceAll("-")
                .replaceAll("^[^a-z0-9]+|-+$", "");
        if (name.length() > 60) {
            name = name.substring(0, 60);
        }
        return name.isEmpty() ? "guessed" : name;
    }

    private static String sourceId(String job) {
        String id = job.replaceAll("[^A-Za-z0-9_-]", "_");
        return id.matches("[A-Za-z].*") ? id : "source";
    }
}
