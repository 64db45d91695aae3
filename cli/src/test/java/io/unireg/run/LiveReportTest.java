package io.unireg.run;

import io.unireg.job.JobLoader;
import io.unireg.report.ReportJson;
import io.unireg.report.ReportOptions;
import io.unireg.report.ReportReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A run counts its links and rejects for the reports while it writes them instead of reading the
 * files back; the figures must be exactly those {@code unireg report} counts from the files.
 */
class LiveReportTest {

    @TempDir
    Path dir;

    @Test
    void reportOfARunEqualsTheReportReadFromItsFiles() throws Exception {
        // The generic job does not dedupe: every accepted row is its own link, the path the tallies speed up.
        for (String job : new String[]{"../mapping-rules/benchmarks/kharkiv-residents-generic.yaml", "../mapping-rules/kharkiv-residents.yaml"}) {
            Plan plan = PlanCompiler.builtIn().compile(JobLoader.withSystemEnv().load(Path.of(job)));
            Path out = dir.resolve(plan.job().name());
            RunSummary summary = JobRunner.builtIn().run(plan,
                    new JobRunner.Options(out, 0, false, Progress.none(), Clock.systemUTC(), ReportOptions.DEFAULT));

            assertThat(summary.rejectRows()).as(job).isPositive();
            String fromFiles = ReportJson.render(ReportReader.read(out, ReportOptions.DEFAULT));
            assertThat(Files.readString(out.resolve("report.json"))).as(job).isEqualTo(fromFiles);
        }
    }
}
