package io.unireg.bench;

import io.unireg.job.Location;
import io.unireg.job.OutputSpec;
import io.unireg.job.YamlNode;
import io.unireg.schema.SchemaCatalog;
import io.unireg.schema.TableSchema;
import io.unireg.sink.RecordSink;
import io.unireg.sink.SinkContext;
import io.unireg.sink.SinkFactories;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The jdbc output alone: N synthetic eddr-person records (all 25 columns, realistic shapes, unique
 * unireg_id) through the real sink, one run = one transaction, timed from open to commit.
 * {@code java -cp unireg.jar io.unireg.bench.JdbcLoad URL ROWS [key=value …]} where the keys are the
 * output's own (mode, load, batch_size, table, user) and {@code offset=N} (record numbers start at N),
 * {@code change=K} (see {@link #fill}); URL {@code embedded} means the SQLite default.
 * Prints {@code rows=… seconds=… rows_per_s=… cpu_s=… rows_per_cpu_s=…}.
 */
public final class JdbcLoad {

    private static final String[] SURNAMES = {"Коваленко", "Шевченко", "Бондаренко", "Ткаченко", "Мельник", "Кравченко",
            "Олійник", "Шевчук", "Поліщук", "Лисенко", "Руденко", "Савченко", "Марченко", "Мороз", "Павленко"};
    private static final String[] NAMES = {"Олена", "Тарас", "Іван", "Ірина", "Петро", "Оксана", "Андрій", "Наталія"};
    private static final String[] STREETS = {"вул. Сумська", "вул. Римарська", "просп. Науки", "вул. Пушкінська", "вул. Шевченка"};

    private JdbcLoad() {
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        long rows = Long.parseLong(args[1]);
        Map<String, String> keys = new LinkedHashMap<>();
        for (int i = 2; i < args.length; i++) {
            String[] kv = args[i].split("=", 2);
            keys.put(kv[0], kv[1]);
        }
        long offset = Long.parseLong(keys.getOrDefault("offset", "0"));
        keys.remove("offset");
        int change = Integer.parseInt(keys.getOrDefault("change", "0"));
        keys.remove("change");
        TableSchema schema = SchemaCatalog.load("eddr-person", Path.of("."));
        List<String> columns = new ArrayList<>(schema.fieldNames());
        columns.addAll(List.of("unireg_id", "cluster_id", "sources"));
        Location at = new Location("bench", 1, 1);
        Map<String, YamlNode> options = new LinkedHashMap<>();
        if (!url.equals("embedded")) {
            options.put("url", new YamlNode.Scalar(url, at));
        }
        keys.forEach((k, v) -> options.put(k, new YamlNode.Scalar(v, at)));
        Path staging = Files.createTempDirectory("unireg-jdbcload");
        SinkContext context = new SinkContext(new OutputSpec("jdbc", null, at, options), columns, schema, staging, staging);
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long cpu0 = os.getProcessCpuTime();
        long start = System.nanoTime();
        RecordSink sink = SinkFactories.builtIn().open(context);
        String[] row = new String[columns.size()];
        for (long i = 0; i < rows; i++) {
            fill(row, i + offset, change);
            sink.write(row.clone());
        }
        sink.close();
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpu = (os.getProcessCpuTime() - cpu0) / 1e9;
        try (var files = Files.walk(staging)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        // On a shared machine the wall clock mostly measures the neighbours; CPU time is this process's own cost
        // (it leaves out the database server's work and disk waits, which the wall figure includes).
        System.out.printf(Locale.ROOT, "rows=%d seconds=%.2f rows_per_s=%.0f cpu_s=%.2f rows_per_cpu_s=%.0f%n",
                rows, seconds, rows / seconds, cpu, rows / cpu);
    }

    /**
     * Record {@code i}: the same values for the same i and {@code change} in every run (a rerun updates rows
     * with equal content); another {@code change} gives every record another house number (a rerun changes every row).
     * Built with {@link #digits} rather than {@code String.format}, which took ~80 % of this process's CPU
     * samples under JFR: the figure is meant to be the sink's, and a real run makes its records on other threads.
     */
    static void fill(String[] r, long i, int change) {
        int k = (int) (i % 1_000_003);
        r[0] = SURNAMES[k % SURNAMES.length];
        r[1] = NAMES[k % NAMES.length];
        r[2] = NAMES[(k / 7) % NAMES.length] + "ович";
        r[3] = k % 2 == 0 ? "M" : "F";
        r[4] = date(1930 + k % 80, 1 + k % 12, 1 + k % 28);
        r[5] = "м. Харків";
        r[6] = "UKR";
        r[7] = null;
        r[8] = digits((i * 7919) % 10_000_000_000L, 10);
        r[9] = "id_card";
        r[10] = digits(i, 9);
        r[11] = null;
        r[12] = null;
        r[13] = null;
        r[14] = "Харківська";
        r[15] = null;
        r[16] = "Харків";
        r[17] = STREETS[k % STREETS.length];
        r[18] = Integer.toString(1 + (k + change) % 200);
        r[19] = k % 3 == 0 ? null : Integer.toString(1 + k % 150);
        r[20] = "UA63120270010096107";
        r[21] = date(2000 + k % 24, 1 + k % 12, 1 + k % 28);
        String hex = Long.toHexString(i * 0x9E3779B97F4A7C15L);
        String id = "u" + "0".repeat(16 - hex.length()) + hex;
        r[22] = id;
        r[23] = id;
        r[24] = "residents:" + i;
    }

    private static String date(int year, int month, int day) {
        return digits(year, 4) + '-' + digits(month, 2) + '-' + digits(day, 2);
    }

    /** {@code n ≥ 0} in decimal, zero-padded to at least {@code width} digits (what {@code %0<width>d} prints). */
    static String digits(long n, int width) {
        String s = Long.toString(n);
        return s.length() >= width ? s : "0".repeat(width - s.length()) + s;
    }
}
