package io.unireg.source;

import io.unireg.job.JobError;
import io.unireg.job.Location;
import io.unireg.job.SourceSpec;
import io.unireg.job.Suggestions;
import io.unireg.job.YamlNode;
import io.unireg.source.csv.CsvOptions;
import io.unireg.source.csv.CsvRecordSource;
import io.unireg.source.dbf.DbfOpener;
import io.unireg.source.json.JsonOpener;
import io.unireg.source.jdbc.JdbcOpener;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The source types a job may name, each with the keys it accepts and how it opens. Adding a type
 * is one entry here; nothing else switches on type names.
 */
public final class SourceOpeners {

    /** Opens one declared source; problems with the declaration are reported as located errors. */
    public interface Opener {
        /** Keys this type accepts besides the common ones (id, type, path, encoding, delimiter, key). */
        Set<String> extraKeys();

        /** Checks the declaration without opening anything (paths, option values). */
        List<JobError> validate(SourceSpec spec);

        RecordSource open(SourceSpec spec) throws IOException, SourceException;

        /** The change column the declaration names, for types that can read only what changed. */
        default Optional<ChangeColumns> changeColumns(SourceSpec spec) {
            return Optional.empty();
        }

        /**
         * Opens reading only the rows whose change column is at or above {@code watermark} (minus the
         * overlap); called only for a declaration with {@link #changeColumns}.
         */
        default RecordSource openSince(SourceSpec spec, String watermark) throws IOException, SourceException {
            throw new SourceException("source '" + spec.id() + "': type " + spec.type() + " cannot read only what changed");
        }
    }

    private static final Set<String> COMMON = Set.of("id", "type", "path", "encoding", "delimiter", "key");

    private final Map<String, Opener> openers;

    private SourceOpeners(Map<String, Opener> openers) {
        this.openers = Map.copyOf(openers);
    }

    public static SourceOpeners builtIn() {
        Map<String, Opener> m = new TreeMap<>();
        m.put("csv", new CsvOpener());
        m.put("dbf", new DbfOpener());
        m.put("json", JsonOpener.json());
        m.put("ndjson", JsonOpener.ndjson());
        m.put("xlsx", io.unireg.source.excel.ExcelOpener.xlsx());
        m.put("xls", io.unireg.source.excel.ExcelOpener.xls());
        m.put("jdbc", new JdbcOpener());
        return new SourceOpeners(m);
    }

    public Set<String> types() {
        return new java.util.TreeSet<>(openers.keySet());
    }

    /** Every problem with the declaration: unknown type, unknown keys, missing file. */
    public List<JobError> validate(SourceSpec spec) {
        Opener opener = openers.get(spec.type());
        if (opener == null) {
            return List.of(new JobError(spec.location(), "source '" + spec.id() + "': type '" + spec.type()
                    + "' is not supported; supported: " + String.join(", ", types())
                    + Suggestions.didYouMean(spec.type(), openers.keySet())));
        }
        List<JobError> errors = new ArrayList<>();
        for (Map.Entry<String, YamlNode> option : spec.options().entrySet()) {
            if (!opener.extraKeys().contains(option.getKey())) {
                List<String> known = new ArrayList<>(COMMON);
                known.addAll(opener.extraKeys());
                errors.add(new JobError(option.getValue().location(), "unknown key '" + option.getKey()
                        + "' in " + spec.type() + " source '" + spec.id() + "'"
                        + Suggestions.didYouMean(option.getKey(), known)));
            }
        }
        errors.addAll(opener.validate(spec));
        return errors;
    }

    public RecordSource open(SourceSpec spec) throws IOException, SourceException {
        Opener opener = openers.get(spec.type());
        if (opener == null) {
            throw new SourceException(spec.location() + ": source type '" + spec.type() + "' is not supported");
        }
        return opener.open(spec);
    }

    /** Opens a source with a change column reading from {@code watermark} on; {@code null}: every row. */
    public RecordSource open(SourceSpec spec, String watermark) throws IOException, SourceException {
        if (watermark == null) {
            return open(spec);
        }
        Opener opener = openers.get(spec.type());
        if (opener == null) {
            throw new SourceException(spec.location() + ": source type '" + spec.type() + "' is not supported");
        }
        return opener.openSince(spec, watermark);
    }

    /** The declaration's change column ({@code incremental:}), when its type has one and it names one. */
    public Optional<ChangeColumns> changeColumns(SourceSpec spec) {
        Opener opener = openers.get(spec.type());
        return opener == null ? Optional.empty() : opener.changeColumns(spec);
    }

    /** For sources that are not delimited text: a {@code delimiter} other than auto means the job is mistaken. */
    public static List<JobError> noDelimiter(SourceSpec spec) {
        if (spec.delimiter() != null && !spec.delimiter().equalsIgnoreCase("auto")) {
            return List.of(new JobError(spec.location(), spec.type() + " source '" + spec.id() + "': delimiter applies to csv sources only"));
        }
        return List.of();
    }

    /** The check every file source starts with: {@code path} given and a readable file. */
    public static List<JobError> requireFile(SourceSpec spec) {
        if (spec.path() == null) {
            return List.of(new JobError(spec.location(), spec.type() + " source '" + spec.id() + "' needs 'path'"));
        }
        if (!Files.isRegularFile(spec.path())) {
            return List.of(new JobError(spec.location(), spec.type() + " source '" + spec.id() + "': " + spec.path() + ": "
                    + notAFile(spec.path())));
        }
        return List.of();
    }

    /** Why a path that is not a regular file cannot be read as one, in the user's words. */
    public static String notAFile(Path path) {
        if (Files.isDirectory(path)) {
            return "is a directory, not a file";
        }
        // A pipe or a device (/dev/zero) would be read without end, or block: not an export.
        return Files.exists(path) ? "is not a regular file (a device or a pipe?)" : "no such file";
    }

    private static final class CsvOpener implements Opener {
        @Override
        public Set<String> extraKeys() {
            return Set.of("header");
        }

        @Override
        public List<JobError> validate(SourceSpec spec) {
            List<JobError> errors = new ArrayList<>(requireFile(spec));
            spec.option("header").ifPresent(h -> {
                if (!(h instanceof YamlNode.Scalar s) || !Set.of("true", "false").contains(String.valueOf(s.text()))) {
                    errors.add(new JobError(h.location(), "header must be true or false"));
                }
            });
            return errors;
        }

        @Override
        public RecordSource open(SourceSpec spec) throws IOException, SourceException {
            boolean header = spec.option("header").map(h -> !"false".equals(((YamlNode.Scalar) h).text())).orElse(true);
            CsvRecordSource source = CsvRecordSource.open(spec.id(), new CsvOptions(spec.path(), spec.encoding(), spec.delimiter(), header));
            if (source.columns().isEmpty()) {
                // 0 bytes, a BOM alone or blank lines: say so once, not once per column the job names.
                source.close();
                throw SourceException.of(spec.path(), header ? "the file is empty: no header row" : "the file is empty: no rows");
            }
            return source;
        }
    }

}
