package io.unireg.profile;

import io.unireg.source.RecordSource;
import io.unireg.source.SourceItem;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Streams the rows of a source once and profiles every column. */
public final class Profiler {

    /** Distinct values are counted exactly up to this many per column, then memory stops growing. */
    public static final int DISTINCT_LIMIT = 100_000;
    private static final int BAD_ROW_SAMPLES = 5;

    /**
     * @param maxRows rows to read (good and bad), {@code Long.MAX_VALUE} for all
     * @param topK    how many top values and patterns to keep per column
     */
    public record Settings(long maxRows, int topK) {
        public Settings {
            if (maxRows < 1 || topK < 1) {
                throw new IllegalArgumentException("maxRows and topK must be positive");
            }
        }

        public static Settings all(int topK) {
            return new Settings(Long.MAX_VALUE, topK);
        }
    }

    private Profiler() {
    }

    /** Reads {@code source} (not closing it) and returns the profile; {@code file} is the name shown in the report. */
    public static ProfileReport profile(RecordSource source, String file, Settings settings) throws IOException {
        return profile(source, file, settings, DISTINCT_LIMIT);
    }

    static ProfileReport profile(RecordSource source, String file, Settings settings, int distinctLimit) throws IOException {
        List<String> names = source.columns();
        ColumnStats[] stats = new ColumnStats[names.size()];
        for (int i = 0; i < stats.length; i++) {
            stats[i] = new ColumnStats(i + 1, names.get(i), distinctLimit);
        }
        long rows = 0;
        long bad = 0;
        long read = 0;
        List<ProfileReport.BadRowSample> samples = new ArrayList<>();
        SourceItem item;
        while (read < settings.maxRows() && (item = source.next()) != null) {
            read++;
            if (item instanceof SourceItem.Row row) {
                rows++;
                String[] cells = row.cells();
                for (int i = 0; i < stats.length; i++) {
                    stats[i].add(cells[i]);
                }
            } else if (item instanceof SourceItem.BadRow badRow) {
                bad++;
                if (samples.size() < BAD_ROW_SAMPLES) {
                    samples.add(new ProfileReport.BadRowSample(badRow.line(), badRow.message()));
                }
            }
        }
        // Not peeking past the limit: a broken record there must not fail a sampled profile.
        boolean limited = read == settings.maxRows();
        List<ColumnProfile> columns = new ArrayList<>(stats.length);
        for (ColumnStats s : stats) {
            columns.add(s.result(settings.topK()));
        }
        java.util.Map<String, String> detected = new java.util.LinkedHashMap<>(source.detected());
        source.skipped().forEach((reason, n) -> detected.put("skipped", n + " " + reason + " rows"
            + (limited ? " (among the rows read)" : "")));
        return new ProfileReport(file, detected, rows, bad, List.copyOf(samples), limited, List.copyOf(columns));
    }
}
