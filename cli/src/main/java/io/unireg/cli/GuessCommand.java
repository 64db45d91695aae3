package io.unireg.cli;

import io.unireg.guess.Guess;
import io.unireg.guess.GuessRun;
import io.unireg.guess.HeaderRow;
import io.unireg.guess.JobWriter;
import io.unireg.run.ExitCodes;
import io.unireg.schema.SchemaCatalog;
import io.unireg.schema.SchemaException;
import io.unireg.schema.SchemaField;
import io.unireg.schema.TableSchema;
import io.unireg.source.SourceException;
import io.unireg.source.csv.CsvOptions;
import io.unireg.source.csv.CsvRecordSource;
import io.unireg.source.csv.MalformedCsvException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code unireg guess FILE --schema NAME [--out job.yaml]}: a first job file for a new registry export.
 * Exit codes: 0 written; 1 reading failed; 2 the file, schema or options cannot be used.
 */
@Command(name = "guess", mixinStandardHelpOptions = true,
        description = {"Propose a job file for a CSV export: columns mapped to the schema's fields by header",
                "(Ukrainian, Russian, English, abbreviations) and by values, each with a confidence and",
                "its reason; normalising chains chosen from what the values look like and tried on a",
                "sample. Unmapped columns and unfilled fields are listed as comments."})
public final class GuessCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SOURCE_FILE", description = "The CSV export to map.")
    Path file;

    @Option(names = "--schema", required = true, paramLabel = "NAME",
            description = "A built-in schema (eddr-person, trg-resident) or a Table Schema file.")
    String schema;

    @Option(names = "--out", paramLabel = "JOB.yaml",
            description = "Write the job here (paths in it relative to its folder); default: print it.")
    Path out;

    @Option(names = "--force", description = "Overwrite an existing --out file.")
    boolean force;

    @Option(names = "--encoding", paramLabel = "NAME", defaultValue = "auto",
            description = "auto (default), or a Java charset: utf-8, windows-1251, cp866, …")
    String encoding;

    @Option(names = "--delimiter", paramLabel = "CHAR", defaultValue = "auto",
            description = "auto (default), or one character: , ; | or tab")
    String delimiter;

    @Option(names = "--sample", paramLabel = "N", defaultValue = "" + GuessRun.DEFAULT_SAMPLE,
            description = "Rows drawn evenly from the file to try chains on (default: ${DEFAULT-VALUE}).")
    int sample;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (sample < 1) {
            err.println("unireg: --sample must be positive");
            return ExitCodes.USAGE;
        }
        if (!Files.isRegularFile(file)) {
            err.println("unireg: " + file + ": " + io.unireg.source.SourceOpeners.notAFile(file));
            return ExitCodes.USAGE;
        }
        if (out != null && Files.exists(out) && !force) {
            err.println("unireg: " + out + ": exists; use --force to overwrite it");
            return ExitCodes.USAGE;
        }
        TableSchema target;
        try {
            target = SchemaCatalog.load(schema, null);
        } catch (SchemaException e) {
            err.println("unireg: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        Path jobDir = (out == null ? Path.of("") : out.toAbsolutePath().getParent()).toAbsolutePath();
        Guess guess;
        boolean header;
        try {
            // A first row of data (no header) is read again as data, its columns called column1…N.
            try (CsvRecordSource first = CsvRecordSource.open(file.toString(), new CsvOptions(file, encoding, delimiter, true))) {
                header = !HeaderRow.looksLikeData(first.columns());
            }
            try (CsvRecordSource source = CsvRecordSource.open(file.toString(), new CsvOptions(file, encoding, delimiter, header))) {
                guess = GuessRun.guess(source, file.toString(), target, sample, jobDir);
            }
        } catch (SourceException e) {
            err.println("unireg: " + e.getMessage());
            return ExitCodes.USAGE;
        } catch (MalformedCsvException e) {
            // Broken content found while reading rows: exit 1, as profile and a run of a job on the same file end.
            err.println("unireg: " + e.getMessage());
            return ExitCodes.FAILED;
        } catch (IOException e) {
            err.println("unireg: " + file + ": " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            return ExitCodes.FAILED;
        }
        // Relative to the job's folder, as the job loader resolves it; '/' so the job reads the same anywhere.
        String sourcePath = jobDir.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
        String command = "unireg guess " + file + " --schema " + schema;
        String yaml = JobWriter.write(guess, sourcePath, command, header);
        if (out == null) {
            spec.commandLine().getOut().print(yaml);
            spec.commandLine().getOut().flush();
        } else {
            try {
                if (out.toAbsolutePath().getParent() != null) {
                    Files.createDirectories(out.toAbsolutePath().getParent());
                }
                Files.writeString(out, yaml, StandardCharsets.UTF_8);
            } catch (IOException e) {
                err.println("unireg: " + out + ": cannot write: " + e.getMessage());
                return ExitCodes.FAILED;
            }
        }
        summary(guess, err);
        return ExitCodes.OK;
    }

    private void summary(Guess g, PrintWriter err) {
        long mappedColumns = g.columns().stream().filter(Guess.ColumnGuess::mapped).count();
        err.printf(Locale.ROOT, "unireg: guess: %d of %d columns mapped, %d of %d fields of %s filled%s%n",
                mappedColumns, g.columns().size(), g.fields().size(), g.schema().fields().size(), g.schema().name(),
                out == null ? "" : "; wrote " + out);
        List<SchemaField> missing = g.missingRequired();
        if (!missing.isEmpty()) {
            err.println("unireg: guess: no column found for required field(s) "
                    + String.join(", ", missing.stream().map(SchemaField::name).toList())
                    + ": map them in the job before `unireg check` will pass");
        }
    }
}
