package io.unireg.bench;

import io.unireg.job.JobLoader;
import io.unireg.run.MappedRow;
import io.unireg.run.Plan;
import io.unireg.run.PlanCompiler;
import io.unireg.run.RowMapper;
import io.unireg.run.SourcePlan;
import io.unireg.schema.RecordValidator;
import io.unireg.sink.CsvSink;
import io.unireg.sink.RecordSink;
import io.unireg.source.RecordSource;
import io.unireg.source.SourceItem;
import io.unireg.source.SourceOpeners;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where a run's CPU time goes, stage by stage, on one thread: parse, normalise, validate, write the CSV.
 * {@code java -cp unireg.jar io.unireg.bench.StageCost JOB.yaml [REPEATS]} (the job's first source; the
 * rows are held in memory, so give it a heap). Each stage runs REPEATS times (default 3) and the least CPU
 * time counts: on a shared machine the least is the least disturbed. Thread CPU time, not wall time, so
 * other load on the machine matters less; the figures are per row, in microseconds.
 */
public final class StageCost {

    private StageCost() {
    }

    public static void main(String[] args) throws Exception {
        Path jobFile = Path.of(args[0]);
        int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Plan plan = PlanCompiler.builtIn().compile(JobLoader.withSystemEnv().load(jobFile));
        SourcePlan source = plan.sources().get(0);
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        SourceOpeners openers = SourceOpeners.builtIn();

        double parse = Double.MAX_VALUE;
        List<SourceItem.Row> rows = null;
        for (int r = 0; r < repeats; r++) {
            List<SourceItem.Row> read = new ArrayList<>();
            long start = cpu.getCurrentThreadCpuTime();
            try (RecordSource in = openers.open(source.spec())) {
                SourceItem item;
                while ((item = in.next()) != null) {
                    if (item instanceof SourceItem.Row row) {
                        read.add(row);
                    }
                }
            }
            parse = Math.min(parse, cpu.getCurrentThreadCpuTime() - start);
            rows = read;
        }
        int n = rows.size();

        double normalise = Double.MAX_VALUE;
        double validate = Double.MAX_VALUE;
        List<MappedRow> mapped = null;
        for (int r = 0; r < repeats; r++) {
            RowMapper mapper = new RowMapper(plan, RecordValidator.of(plan.schema()), false);
            List<RowMapper.Normalised> normalised = new ArrayList<>(n);
            long start = cpu.getCurrentThreadCpuTime();
            for (SourceItem.Row row : rows) {
                normalised.add(mapper.normalise(source, row));
            }
            normalise = Math.min(normalise, cpu.getCurrentThreadCpuTime() - start);
            List<MappedRow> out = new ArrayList<>(n);
            start = cpu.getCurrentThreadCpuTime();
            for (RowMapper.Normalised row : normalised) {
                out.add(mapper.validate(row));
            }
            validate = Math.min(validate, cpu.getCurrentThreadCpuTime() - start);
            mapped = out;
        }

        double write = Double.MAX_VALUE;
        Path file = Files.createTempFile("stagecost", ".csv");
        try {
            for (int r = 0; r < repeats; r++) {
                long start = cpu.getCurrentThreadCpuTime();
                try (RecordSink sink = new CsvSink(file, plan.schema().fieldNames())) {
                    for (MappedRow row : mapped) {
                        if (!row.rejected()) {
                            sink.write(row.values());
                        }
                    }
                }
                write = Math.min(write, cpu.getCurrentThreadCpuTime() - start);
            }
        } finally {
            Files.deleteIfExists(file);
        }
        System.out.printf(Locale.ROOT, "stage_cost rows=%d us_per_row parse=%.2f normalise=%.2f validate=%.2f write=%.2f%n",
                n, parse / 1e3 / n, normalise / 1e3 / n, validate / 1e3 / n, write / 1e3 / n);
    }
}
