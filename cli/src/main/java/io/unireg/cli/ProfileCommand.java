package io.unireg.cli;

import io.unireg.profile.ProfileJson;
import io.unireg.profile.ProfileReport;
import io.unireg.profile.ProfileText;
import io.unireg.profile.Profiler;
import io.unireg.source.ReadFailures;
import io.unireg.source.SourceException;
import io.unireg.source.SourceOpeners;
import io.unireg.source.RecordSource;
import io.unireg.source.csv.MalformedCsvException;
import io.unireg.source.json.MalformedJsonException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code unireg profile FILE}: what a CSV file holds, column by column, before anyone writes a job.
 * Exit codes: 0 done; 1 reading failed (unreadable, or quoting broken in the rows, as {@code run} ends on the
 * same file); 2 the file or the options cannot be used (no such file, unknown encoding, broken header).
 */
@Command(name = "profile", mixinStandardHelpOptions = true,
    description = {"Profile a CSV, JSON, NDJSON or DBF file (by extension, or --type) or an Excel workbook",
        "(.xlsx, .xls: every sheet, hidden sheets and rows marked): encoding (and delimiter) detected,",
        "then per column the type,",
        "empty share, distinct count, top values, value patterns, mixed-script words and hints",
        "(RNOKPP, date, phone)."})
public final class ProfileCommand implements Callable<Integer> {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The file to profile (.csv .txt .tsv .json .ndjson .jsonl .dbf).")
    Path file;

    @Option(names = "--encoding", paramLabel = "NAME", defaultValue = "auto",
        description = "auto (default), or a Java charset: utf-8, windows-1251, cp866, …")
    String encoding;

    @Option(names = "--delimiter", paramLabel = "CHAR", defaultValue = "auto",
        description = "auto (default), or one character: , ; | or tab")
    String delimiter;

    @Option(names = "--type", paramLabel = "TYPE",
        description = "csv, json, ndjson or dbf (default: from the extension; .jsonl is ndjson, anything unknown csv)")
    String type;

    @Option(names = "--records", paramLabel = "POINTER",
        description = "json: JSON Pointer to the array of records, e.g. /data/items (default: the whole file)")
    String records;

    @Option(names = "--rows", paramLabel = "N", description = "Read only the first N rows (default: all).")
    Long rows;

    @Option(names = "--top", paramLabel = "K", defaultValue = "5", description = "Top values and patterns to show per column (default: ${DEFAULT-VALUE}).")
    int top;

    @Option(names = "--json", description = "Print the profile as JSON for scripts.")
    boolean json;

    @Option(names = "--sheet", paramLabel = "NAME|N", description = "Excel: profile only this sheet (name or 1-based position); default: every sheet.")
    String sheet;

    @Option(names = "--header-row", paramLabel = "N", defaultValue = "1", description = "Excel: the row holding the column names (default: ${DEFAULT-VALUE}).")
    int headerRow;

    @Option(names = "--header-rows", paramLabel = "N", defaultValue = "1", description = "Excel: how many rows the header spans (default: ${DEFAULT-VALUE}).")
    int headerRows;

    @Option(names = "--skip-rows", paramLabel = "N", defaultValue = "0", description = "Excel: rows to skip after the header (default: ${DEFAULT-VALUE}).")
    int skipRows;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (rows != null && rows < 1 || top < 1) {
            err.println("unireg: --rows and --top must be positive");
            return USAGE;
        }
        if (!Files.isRegularFile(file)) {
            err.println("unireg: " + file + ": " + SourceOpeners.notAFile(file));
            return USAGE;
        }
        Profiler.Settings settings = new Profiler.Settings(rows == null ? Long.MAX_VALUE : rows, top);
        String lower = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (lower.endsWith(".xlsx") || lower.endsWith(".xlsm") || lower.endsWith(".xls")) {
            return profileWorkbook(lower.endsWith(".xls"), settings, out, err);
        }
        ProfileReport report;
        String sourceType = type != null ? type : ProfileSources.typeOf(file);
        try (RecordSource source = ProfileSources.open(file, sourceType, encoding, delimiter, records)) {
            report = Profiler.profile(source, file.toString(), settings);
        } catch (SourceException e) {
            err.println("unireg: " + e.getMessage());
            return USAGE;
        } catch (MalformedCsvException | MalformedJsonException e) {
            // Broken content found while reading rows: exit 1, as a run of a job on the same file ends.
            err.println("unireg: " + e.getMessage());
            return FAILED;
        } catch (IOException e) {
            err.println("unireg: " + ReadFailures.describe(file, e));
            return FAILED;
        }
        out.print(json ? ProfileJson.render(report) + System.lineSeparator() : ProfileText.render(report));
        out.flush();
        return OK;
    }

    private int profileWorkbook(boolean xls, Profiler.Settings settings, PrintWriter out, PrintWriter err) {
        if (headerRow < 1 || headerRows < 1 || skipRows < 0) {
            err.println("unireg: --header-row and --header-rows must be positive, --skip-rows not negative");
            return USAGE;
        }
        io.unireg.profile.WorkbookProfile profile;
        try {
            profile = io.unireg.profile.WorkbookProfile.of(io.unireg.source.excel.ExcelOptions.of(file).withSheet(sheet)
                .withHeader(headerRow, headerRows, skipRows), xls, settings);
        } catch (SourceException e) {
            err.println("unireg: " + e.getMessage());
            return USAGE;
        } catch (IOException e) {
            err.println("unireg: " + ReadFailures.describe(file, e));
            return FAILED;
        }
        out.print(json ? profile.json() + System.lineSeparator() : profile.text());
        out.flush();
        return OK;
    }
}
