package io.unireg.profile;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The profile as a terminal reads it: a header, a one-line-per-column summary, then details. */
public final class ProfileText {

    private static final int MAX_SHOWN = 30;
    private static final java.util.Set<String> TEXT_KEYS = java.util.Set.of("encoding", "bom", "delimiter");

    private ProfileText() {
    }

    public static String render(ProfileReport report) {
        StringBuilder out = new StringBuilder();
        Map<String, String> d = report.detected();
        field(out, "File", report.file());
        if (d.containsKey("encoding")) {
            field(out, "Encoding", d.get("encoding") + reason(d.get("encoding_reason"))
                + ("true".equals(d.get("bom")) ? ", BOM" : ""));
        }
        if (d.containsKey("delimiter")) {
            field(out, "Delimiter", d.get("delimiter") + reason(d.get("delimiter_reason")));
        }
        // What other readers decided (an Excel sheet's header rows, renamed columns …), as they word it.
        d.forEach((key, value) -> {
            if (!TEXT_KEYS.contains(key) && !key.endsWith("_reason")) {
                field(out, key.replace('_', ' '), value + reason(d.get(key + "_reason")));
            }
        });
        field(out, "Rows", count(report.rows()) + " read" + (report.limited() ? " (row limit reached)" : "")
            + ", " + count(report.badRows()) + " bad");
        for (ProfileReport.BadRowSample bad : report.badRowSamples()) {
            field(out, "", "line " + bad.line() + ": " + bad.message());
        }
        field(out, "Columns", String.valueOf(report.columns().size()));
        out.append('\n');
        summary(out, report.columns());
        for (ColumnProfile column : report.columns()) {
            out.append('\n');
            details(out, column);
        }
        return out.toString();
    }

    private static void summary(StringBuilder out, List<ColumnProfile> columns) {
        int nameWidth = "column".length();
        for (ColumnProfile c : columns) {
            nameWidth = Math.max(nameWidth, shown(c.name()).length());
        }
        String row = "%3s  %-" + nameWidth + "s  %-7s  %7s  %9s  %s%n";
        out.append(String.format(Locale.ROOT, row, "#", "column", "type", "empty", "distinct", "top pattern"));
        for (ColumnProfile c : columns) {
            String pattern = c.patterns().isEmpty() ? "" : shown(c.patterns().get(0).value());
            out.append(String.format(Locale.ROOT, row, c.index(), shown(c.name()), c.type(), percent(c.emptyShare()),
                c.distinctLabel(), pattern));
        }
    }

    private static void details(StringBuilder out, ColumnProfile c) {
        out.append(c.index()).append(". ").append(shown(c.name())).append(" — ").append(c.type()).append('\n');
        long nonEmpty = c.values() - c.empty();
        detail(out, "empty", count(c.empty()) + " of " + count(c.values()) + " (" + percent(c.emptyShare()) + ")");
        detail(out, "kinds", c.kinds().entrySet().stream().filter(e -> e.getValue() > 0)
            .map(e -> e.getKey() + " " + count(e.getValue())).collect(Collectors.joining(", ")));
        detail(out, "distinct", c.distinctLabel() + (c.distinctCapped() ? " (top values approximate)" : ""));
        if (nonEmpty > 0) {
            detail(out, "length", c.minLength() == c.maxLength() ? String.valueOf(c.minLength()) : c.minLength() + "–" + c.maxLength());
        }
        detail(out, "top", counts(c.top()));
        detail(out, "patterns", counts(c.patterns()));
        if (!c.datePatterns().isEmpty()) {
            detail(out, "dates", counts(c.datePatterns()));
        }
        for (String hint : c.hints()) {
            detail(out, "hint", hint);
        }
        if (c.mixedScript() > 0) {
            detail(out, "warning", count(c.mixedScript()) + (c.mixedScript() == 1 ? " value mixes" : " values mix")
                + " Cyrillic and Latin letters in one word");
        }
    }

    private static String counts(List<ValueCount> counts) {
        return counts.stream().map(v -> "«" + shown(v.value()) + "» " + count(v.count())).collect(Collectors.joining(" · "));
    }

    private static void field(StringBuilder out, String name, String value) {
        out.append(String.format(Locale.ROOT, "%-10s %s%n", name.isEmpty() ? "" : name + ":", value));
    }

    private static void detail(StringBuilder out, String name, String value) {
        if (!value.isEmpty()) {
            out.append(String.format(Locale.ROOT, "   %-9s %s%n", name, value));
        }
    }

    private static String reason(String why) {
        return why == null ? "" : " (" + why + ")";
    }

    /** One line, bounded width: line breaks and tabs made visible, long values cut. */
    static String shown(String value) {
        String oneLine = value.replace("\r\n", "⏎").replace('\n', '⏎').replace('\r', '⏎').replace('\t', '⇥');
        return oneLine.length() > MAX_SHOWN ? oneLine.substring(0, MAX_SHOWN - 1) + "…" : oneLine;
    }

    private static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }
}
