package io.unireg.report;

import java.util.List;
import java.util.Locale;

/**
 * The report's charts as inline SVG: no script, no fonts or images to fetch, so the file opens the
 * same from a USB stick. Each chart has a {@code <title>} and the same figures sit in a table beside
 * it, so nothing is only in a picture. Sizes are in a fixed viewBox; CSS scales them to the page.
 */
final class Svg {

    /** One bar: its label, value and CSS class (colour). */
    record Bar(String label, long value, String css) {
    }

    private static final int WIDTH = 720;

    private final Texts texts;

    Svg(Texts texts) {
        this.texts = texts;
    }

    /** Horizontal bars, one per row, label on the left and value at the end of the bar. */
    String horizontalBars(String title, List<Bar> bars) {
        int labelWidth = 340;
        int valueWidth = 80;
        int rowHeight = 26;
        int height = bars.size() * rowHeight + 6;
        double max = bars.stream().mapToLong(Bar::value).max().orElse(1);
        double room = WIDTH - labelWidth - valueWidth;
        StringBuilder s = open(title, height);
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            int y = 3 + i * rowHeight;
            double w = b.value() == 0 ? 0 : Math.max(2, b.value() / Math.max(1, max) * room);
            s.append(fmt("<text class=\"label\" x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>",
                    labelWidth - 8, y + rowHeight * 0.62, Html.esc(cut(b.label(), 40))));
            s.append(fmt("<rect class=\"%s\" x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" rx=\"2\"/>",
                    b.css(), labelWidth, y + 3, w, rowHeight - 8));
            s.append(fmt("<text class=\"value\" x=\"%.1f\" y=\"%.1f\">%s</text>",
                    labelWidth + w + 6, y + rowHeight * 0.62, texts.number(b.value())));
        }
        return s.append("</svg>").toString();
    }

    /** Vertical columns with the label under each and the value above it. */
    String columns(String title, List<Bar> bars) {
        int height = 220;
        int left = 56;
        int bottom = 34;
        int top = 18;
        double plotH = height - bottom - top;
        double slot = (WIDTH - left - 8.0) / Math.max(1, bars.size());
        long max = axisTop(bars.stream().mapToLong(Bar::value).max().orElse(1));
        StringBuilder s = open(title, height);
        grid(s, left, top, plotH, max);
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            double h = b.value() == 0 ? 0 : Math.max(2, plotH * b.value() / max);
            double x = left + i * slot + slot * 0.15;
            double w = slot * 0.7;
            s.append(fmt("<rect class=\"%s\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"2\"/>",
                    b.css(), x, top + plotH - h, w, h));
            s.append(fmt("<text class=\"value\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%s</text>",
                    x + w / 2, top + plotH - h - 4, texts.number(b.value())));
            s.append(fmt("<text class=\"label\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%s</text>",
                    x + w / 2, height - bottom + 16.0, Html.esc(b.label())));
        }
        return s.append("</svg>").toString();
    }

    /**
     * Match probabilities in equal bins over [0, 1]: accepted links and review pairs stacked, the
     * review and match thresholds drawn as dashed lines where the job set them.
     */
    String scores(String title, long[] links, long[] review, Double reviewThreshold, Double matchThreshold) {
        int bins = links.length;
        int height = 260;
        int left = 56;
        int bottom = 40;
        int top = 40;
        double plotW = WIDTH - left - 16.0;
        double plotH = height - bottom - top;
        long highest = 1;
        for (int i = 0; i < bins; i++) {
            highest = Math.max(highest, links[i] + review[i]);
        }
        long max = axisTop(highest);
        StringBuilder s = open(title, height);
        grid(s, left, top, plotH, max);
        double slot = plotW / bins;
        for (int i = 0; i < bins; i++) {
            double x = left + i * slot + 1;
            double hl = links[i] == 0 ? 0 : Math.max(2, plotH * links[i] / max);
            double hr = review[i] == 0 ? 0 : Math.max(2, plotH * review[i] / max);
            double base = top + plotH;
            if (hl > 0) {
                s.append(fmt("<rect class=\"c-link\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\"/>", x, base - hl, slot - 2, hl));
            }
            if (hr > 0) {
                s.append(fmt("<rect class=\"c-review\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\"/>", x, base - hl - hr, slot - 2, hr));
            }
            long total = links[i] + review[i];
            if (total > 0) {
                s.append(fmt("<text class=\"value small\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%s</text>",
                        x + slot / 2 - 1, base - hl - hr - 3, texts.number(total)));
            }
        }
        for (int t = 0; t <= 4; t++) {
            double x = left + plotW * t / 4;
            s.append(fmt("<text class=\"label\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%s</text>",
                    x, top + plotH + 16, texts.decimal(t / 4.0, 2)));
        }
        s.append(fmt("<text class=\"label\" x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>",
                left + plotW / 2, height - 4, Html.esc(texts.get("dedupe.scores.axis"))));
        // Two label rows so the labels of close thresholds cannot overlap.
        threshold(s, reviewThreshold, texts.get("dedupe.threshold.review"), "t-review", left, plotW, 28, top, plotH);
        threshold(s, matchThreshold, texts.get("dedupe.threshold.match"), "t-match", left, plotW, 12, top, plotH);
        return s.append("</svg>").toString();
    }

    /** One bar across the width split into coloured segments; the legend is HTML beside it. */
    String stacked(String title, List<Bar> parts) {
        long total = Math.max(1, parts.stream().mapToLong(Bar::value).sum());
        int height = 36;
        StringBuilder s = open(title, height);
        double x = 0;
        for (Bar p : parts) {
            if (p.value() == 0) {
                continue;
            }
            double w = WIDTH * (double) p.value() / total;
            s.append(fmt("<rect class=\"%s\" x=\"%.2f\" y=\"2\" width=\"%.2f\" height=\"%d\"><title>%s</title></rect>",
                    p.css(), x, w, height - 4, Html.esc(p.label() + ": " + texts.number(p.value()))));
            x += w;
        }
        return s.append("</svg>").toString();
    }

    /** A dashed line at the threshold, its label on row {@code labelY}, on the side with more room. */
    private void threshold(StringBuilder s, Double t, String label, String css, int left, double plotW, int labelY,
                           int top, double plotH) {
        if (t == null) {
            return;
        }
        double x = left + plotW * t;
        boolean leftSide = t > 0.5;
        s.append(fmt("<line class=\"%s\" x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%.1f\"/>", css, x, labelY - 10, x, top + plotH));
        s.append(fmt("<text class=\"label %s-text\" x=\"%.1f\" y=\"%d\" text-anchor=\"%s\">%s</text>", css,
                x + (leftSide ? -4 : 4), labelY, leftSide ? "end" : "start",
                Html.esc(label + " " + texts.decimal(t, 2))));
    }

    private void grid(StringBuilder s, int left, int top, double plotH, long max) {
        for (int g = 0; g <= 4; g++) {
            double y = top + plotH - plotH * g / 4;
            s.append(fmt("<line class=\"grid\" x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\"/>", left, y, WIDTH - 8, y));
            s.append(fmt("<text class=\"label\" x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>",
                    left - 6, y + 4, texts.number(max / 4 * g)));
        }
    }

    /** The top of a count axis with four gridlines: four times a round step (1, 2 or 5 × 10ⁿ) at or above a quarter of the highest value. */
    static long axisTop(long highest) {
        long step = 1;
        while (true) {
            for (long m : new long[]{1, 2, 5}) {
                if (step * m * 4 >= highest) {
                    return step * m * 4;
                }
            }
            step *= 10;
        }
    }

    private static StringBuilder open(String title, int height) {
        return new StringBuilder(4096).append(fmt(
                "<svg class=\"chart\" viewBox=\"0 0 %d %d\" role=\"img\"><title>%s</title>",
                WIDTH, height, Html.esc(title)));
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    private static String fmt(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }
}
