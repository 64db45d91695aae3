package io.unireg.profile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.unireg.source.SourceException;
import io.unireg.source.excel.ExcelOptions;
import io.unireg.source.excel.ExcelRecordSource;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The profile of an Excel workbook: every sheet (or the one asked for), hidden ones included and
 * marked, each with its hidden rows and the same per-column profile as a CSV file.
 *
 * @param sheets one entry per profiled sheet, in tab order
 */
public record WorkbookProfile(String file, List<SheetProfile> sheets) {

    /**
     * @param visibility       {@code visible}, {@code hidden} or {@code very hidden} (only VBA can show it)
     * @param hiddenRows       rows hidden in the sheet (filtered out or collapsed), header and data
     * @param hiddenRowSamples the first few hidden rows' numbers
     * @param error            why the sheet could not be profiled (e.g. an empty header), else {@code null}
     * @param profile          the columns, or {@code null} with an error
     */
    public record SheetProfile(String name, int position, String visibility, long hiddenRows,
                               List<Long> hiddenRowSamples, String error, ProfileReport profile) {
    }

    private static final ObjectMapper MAPPER = JsonMapper.builder()
        .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
        .enable(SerializationFeature.INDENT_OUTPUT)
        .build();

    /** Profiles the sheets of {@code options.path()}: all of them, or only {@code options.sheet()} when given. */
    public static WorkbookProfile of(ExcelOptions options, boolean xls, Profiler.Settings settings)
        throws IOException, SourceException {
        List<SheetProfile> sheets = new ArrayList<>();
        List<ExcelRecordSource.SheetInfo> infos = ExcelRecordSource.sheets(options.path(), xls, options.limits());
        boolean one = options.sheet() != null;
        for (ExcelRecordSource.SheetInfo info : infos) {
            if (one && !info.name().equals(options.sheet()) && !options.sheet().equals(String.valueOf(info.position()))) {
                continue;
            }
            try (ExcelRecordSource source = ExcelRecordSource.open(options.path().toString(),
                options.withSheet(info.name()), xls)) {
                ProfileReport report = Profiler.profile(source, options.path() + " [" + info.name() + "]", settings);
                sheets.add(new SheetProfile(info.name(), info.position(), info.visibility(), source.hiddenRows(),
                    source.hiddenRowSamples(), null, report));
            } catch (SourceException e) {
                if (one) {
                    throw e;
                }
                String message = e.getMessage();
                String prefix = options.path() + ": ";
                sheets.add(new SheetProfile(info.name(), info.position(), info.visibility(), 0, List.of(),
                    message.startsWith(prefix) ? message.substring(prefix.length()) : message, null));
            }
        }
        if (one && sheets.isEmpty()) {
            // Let the reader word the error (with the sheet list and a did-you-mean).
            ExcelRecordSource.open(options.path().toString(), options, xls).close();
        }
        return new WorkbookProfile(options.path().toString(), List.copyOf(sheets));
    }

    public String text() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%-10s %s%n", "Workbook:", file));
        out.append(String.format(Locale.ROOT, "%-10s %s%n", "Sheets:", sheets.stream()
            .map(s -> s.name() + (s.visibility().equals("visible") ? "" : " (" + s.visibility() + ")"))
            .reduce((a, b) -> a + ", " + b).orElse("none")));
        for (SheetProfile s : sheets) {
            out.append('\n').append("== Sheet ").append(s.position()).append(": ").append(s.name())
                .append(s.visibility().equals("visible") ? "" : " — " + s.visibility().toUpperCase(Locale.ROOT))
                .append(" ==\n");
            if (s.hiddenRows() > 0) {
                out.append(String.format(Locale.ROOT, "%-10s %,d (rows %s%s)%n", "Hidden:", s.hiddenRows(),
                    s.hiddenRowSamples().stream().map(String::valueOf).reduce((a, b) -> a + ", " + b).orElse(""),
                    s.hiddenRows() > s.hiddenRowSamples().size() ? ", …" : ""));
            }
            if (s.error() != null) {
                out.append(String.format(Locale.ROOT, "%-10s %s%n", "Skipped:", s.error()));
            } else {
                out.append(ProfileText.render(s.profile()));
            }
        }
        return out.toString();
    }

    public String json() {
        try {
            return MAPPER.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the workbook profile cannot be written as JSON", e);
        }
    }
}
