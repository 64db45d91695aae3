package io.unireg.bench;

import io.unireg.normalize.FunctionArgs;
import io.unireg.normalize.FunctionRegistry;
import io.unireg.normalize.Normaliser;
import io.unireg.normalize.Outcome;
import io.unireg.normalize.RowContext;
import io.unireg.source.SourceItem;
import io.unireg.source.csv.CsvOptions;
import io.unireg.source.csv.CsvRecordSource;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How fast the Ukrainian name and address chains of the sample job normalise values:
 * {@code java -cp unireg.jar io.unireg.bench.FunctionRate FILE.csv JOB_DIR}. Each column is read into
 * memory first so only the functions are timed; each chain runs twice and the second (warm) run counts.
 */
public final class FunctionRate {

    private FunctionRate() {
    }

    private record Chain(String label, String column, String yaml) {
    }

    private static final List<Chain> CHAINS = List.of(
            new Chain("surname", "ПРІЗВИЩЕ", "[trim, collapse_spaces, fix_homoglyphs, apostrophe, title_case, surname_uk]"),
            new Chain("given_name", "ІМЯ", "[trim, collapse_spaces, fix_homoglyphs, apostrophe, title_case, given_name_uk]"),
            new Chain("patronymic", "ПО_БАТЬКОВІ", "[trim, collapse_spaces, fix_homoglyphs, apostrophe, title_case, patronymic_uk]"),
            new Chain("name_key", "ПРІЗВИЩЕ", "[name_key]"),
            new Chain("address", "АДРЕСА", "[{address: {part: full, default_settlement: м. Харків}}, "
                    + "{rename: {file: reference/kharkiv-street-renames.csv, settlement: Харків}}]"),
            new Chain("katottg_lookup", "АДРЕСА", "[{address: {part: full, default_settlement: м. Харків}}, "
                    + "{katottg_lookup: {oblast: Харківська}}]"));

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        Path jobDir = Path.of(args.length > 1 ? args[1] : "mapping-rules");
        FunctionRegistry registry = FunctionRegistry.builtIn();
        Map<String, String[]> columns = new LinkedHashMap<>();
        for (Chain chain : CHAINS) {
            columns.computeIfAbsent(chain.column(), c -> read(file, c));
        }
        for (Chain chain : CHAINS) {
            List<Normaliser> steps = new ArrayList<>();
            for (JsonNode step : new YAMLMapper().readTree(chain.yaml())) {
                String name = step.isTextual() ? step.asText() : step.fieldNames().next();
                JsonNode arg = step.isTextual() ? null : step.get(name);
                steps.add(registry.find(name).orElseThrow().factory()
                        .create(arg == null ? FunctionArgs.none(jobDir) : new FunctionArgs(arg, jobDir)));
            }
            String[] values = columns.get(chain.column());
            run(steps, values);
            long start = System.nanoTime();
            long rejected = run(steps, values);
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "function_rate chain=%s values=%d seconds=%.3f values_per_s=%.0f rejected=%d%n",
                    chain.label(), values.length, seconds, values.length / seconds, rejected);
        }
    }

    private static long run(List<Normaliser> steps, String[] values) {
        long rejected = 0;
        for (String raw : values) {
            String v = raw;
            for (Normaliser step : steps) {
                Outcome o = step.apply(v, RowContext.EMPTY);
                if (o.rejected()) {
                    rejected++;
                    break;
                }
                v = o.value();
            }
        }
        return rejected;
    }

    private static String[] read(Path file, String column) {
        List<String> values = new ArrayList<>(1 << 20);
        try (CsvRecordSource source = CsvRecordSource.open("bench", new CsvOptions(file, "auto", "auto", true))) {
            int index = source.columns().indexOf(column);
            SourceItem item;
            while ((item = source.next()) != null) {
                if (item instanceof SourceItem.Row row) {
                    values.add(row.cells()[index].isEmpty() ? null : row.cells()[index]);
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException(file + ": " + e.getMessage(), e);
        }
        return values.toArray(String[]::new);
    }
}
