package io.unireg.dedupe;

import io.unireg.job.Job;
import io.unireg.job.JobError;
import io.unireg.job.YamlNode;
import io.unireg.match.MatchSettings;
import io.unireg.match.MatchSettingsReader;
import io.unireg.schema.RecordValidator;
import io.unireg.schema.TableSchema;
import io.unireg.survive.Survivorship;
import io.unireg.survive.SurvivorshipReader;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * A job's {@code dedupe:} section compiled: the matching model (read by the match engine's own
 * reader), survivorship, and the clerk's decisions file. The section's other keys belong to the
 * engine; {@code survivorship} and {@code review_decisions} are read here.
 *
 * @param decisions the clerk's filled-in {@code review.xlsx} or a decisions CSV, resolved against the
 *                  job's folder; {@code null} when the job names none
 */
public record DedupePlan(MatchSettings settings, Survivorship survivorship, Path decisions) {

    public static final Set<String> OWN_KEYS = Set.of("survivorship", "review_decisions");

    /** Reads the section; every problem goes to {@code errors} with its place. {@code null} when there were any. */
    public static DedupePlan compile(Job job, TableSchema schema, List<JobError> errors) {
        YamlNode.Mapping node = job.dedupe();
        int before = errors.size();
        MatchSettings settings = MatchSettingsReader.read(node, schema.fieldNames(), job.sourceIds(), job.baseDir(),
                OWN_KEYS, errors);
        RecordValidator validator = RecordValidator.of(schema);
        Survivorship survivorship = new SurvivorshipReader(schema.fieldNames(), job.sourceIds(),
                (field, value) -> validator.validateValue(field, value).isEmpty())
                .read(node.get("survivorship"), errors);
        Path decisions = null;
        YamlNode d = node.get("review_decisions");
        if (d instanceof YamlNode.Scalar s && !s.isNull() && !s.text().isBlank()) {
            decisions = job.baseDir().resolve(s.text().trim()).normalize();
        } else if (d != null && !(d instanceof YamlNode.Scalar s2 && s2.isNull())) {
            errors.add(new JobError(d.location(), "review_decisions must be a path: the clerk's review.xlsx or a CSV of "
                    + "source:key,source:key,match|no_match"));
        }
        return errors.size() > before ? null : new DedupePlan(settings, survivorship, decisions);
    }
}
