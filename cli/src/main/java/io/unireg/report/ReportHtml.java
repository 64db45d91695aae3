package io.unireg.report;

import io.unireg.report.ReportModel.DedupeFigures;
import io.unireg.report.ReportModel.FieldCount;
import io.unireg.report.ReportModel.Gate;
import io.unireg.report.ReportModel.InputFigures;
import io.unireg.report.ReportModel.ReconciliationFigures;
import io.unireg.report.ReportModel.RejectExample;
import io.unireg.report.ReportModel.RejectGroup;
import io.unireg.report.ReportModel.SourceFile;
import io.unireg.report.ReportModel.Summary;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code report.html}: one self-contained page for a person who is not an engineer — inline CSS
 * ({@code report.css}), inline SVG charts, no script, no fonts, images or links to fetch. Every
 * word comes from the language bundle; every figure from the {@link ReportModel}.
 */
public final class ReportHtml {

    /** Reject groups and differing fields shown as bars; the tables list every group. */
    static final int CHART_ROWS = 12;
    /** Cluster sizes from this one up share the last column. */
    static final int LARGEST_SIZE_COLUMN = 10;

    private final ReportModel m;
    private final ReportOptions options;
    private final Texts t;
    private final Svg svg;
    private final StringBuilder out = new StringBuilder(64 * 1024);

    private ReportHtml(ReportModel m, ReportOptions options) {
        this.m = m;
        this.options = options;
        this.t = new Texts(options);
        this.svg = new Svg(t);
    }

    public static String render(ReportModel model, ReportOptions options) {
        return new ReportHtml(model, options).page();
    }

    private String page() {
        out.append("<!DOCTYPE html>\n<html lang=\"").append(t.language()).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                // An empty inline icon: without it a browser asks for /favicon.ico, a request outside the file.
                .append("<link rel=\"icon\" href=\"data:,\">\n")
                .append("<title>").append(esc(t.get("title", m.run().job()))).append("</title>\n<style>\n")
                .append(css()).append("</style>\n</head>\n<body>\n<main>\n");
        header();
        summary();
        inputs();
        rejects();
        dedupe();
        reconciliation();
        quality();
        files();
        out.append("</main>\n</body>\n</html>\n");
        return out.toString();
    }

    private void header() {
        out.append("<header>\n<h1>").append(esc(t.get("title", m.run().job()))).append("</h1>\n");
        out.append("<p class=\"meta\">").append(esc(t.get("meta", t.time(m.run().startedAt()), m.run().toolVersion())))
                .append("</p>\n");
        List<String> failed = m.gates().stream().filter(g -> !g.passed()).map(g -> t.gate(g.gate())).toList();
        if (!failed.isEmpty()) {
            out.append("<p class=\"verdict fail\">").append(esc(t.get("verdict.failed", String.join(", ", failed)))).append("</p>\n");
        } else if (m.gates().isEmpty()) {
            out.append("<p class=\"verdict neutral\">").append(esc(t.get("verdict.nogates"))).append("</p>\n");
        } else {
            out.append("<p class=\"verdict ok\">").append(esc(t.get("verdict.ok"))).append("</p>\n");
        }
        out.append("</header>\n");
    }

    private void summary() {
        Summary s = m.summary();
        out.append("<section id=\"summary\">\n<h2>").append(esc(t.get("summary.title"))).append("</h2>\n<div class=\"cards\">\n");
        card(t.get("card.inputs"), t.number(s.inputs()), null, "");
        card(t.get("card.rows_read"), t.number(s.rowsRead()), null, "");
        card(t.get("card.rows_rejected"), t.number(s.rowsRejected()), t.percent(s.rowsRejected(), s.rowsRead()),
                s.rowsRejected() > 0 ? " warn" : "");
        card(t.get("card.golden"), t.number(s.goldenRecords()), null, "");
        card(t.get("card.duplicates"), t.number(s.duplicatesMerged()), null, "");
        out.append("</div>\n<p>").append(esc(t.get("summary.text", t.number(s.rowsRead()), t.number(s.rowsAccepted()),
                t.number(s.rowsRejected()), t.percent(s.rowsRejected(), s.rowsRead()), t.number(s.goldenRecords()))))
                .append("</p>\n</section>\n");
    }

    private void card(String label, String value, String note, String css) {
        out.append("<div class=\"card").append(css).append("\"><div class=\"value\">").append(esc(value)).append("</div><div class=\"label\">")
                .append(esc(label)).append("</div>");
        if (note != null) {
            out.append("<div class=\"note\">").append(esc(note)).append("</div>");
        }
        out.append("</div>\n");
    }

    private void inputs() {
        out.append("<section id=\"inputs\">\n<h2>").append(esc(t.get("inputs.title"))).append("</h2>\n<table>\n<thead><tr>");
        th("inputs.source", "inputs.file", "inputs.encoding");
        thNum("inputs.read", "inputs.rejected", "inputs.accepted", "inputs.dropped");
        boolean carried = m.summary().rowsCarried() > 0;
        if (carried) {
            thNum("inputs.carried");
        }
        out.append("</tr></thead>\n<tbody>\n");
        for (InputFigures in : m.inputs()) {
            out.append("<tr><td>").append(esc(in.source())).append("</td><td class=\"path\">")
                    .append(esc(in.path().isEmpty() ? "" : Path.of(in.path()).getFileName().toString())).append("</td><td>")
                    .append(esc(in.encoding())).append("</td>");
            num(in.rowsRead(), in.rowsRejected(), in.rowsAccepted(), in.valuesDropped());
            if (carried) {
                num(in.rowsCarried());
            }
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n</section>\n");
    }

    private void rejects() {
        out.append("<section id=\"rejects\">\n<h2>").append(esc(t.get("rejects.title"))).append("</h2>\n");
        if (m.rejects().rows() == 0) {
            out.append("<p>").append(esc(t.get("rejects.none"))).append("</p>\n</section>\n");
            return;
        }
        out.append("<p>").append(esc(t.get("rejects.intro", t.number(m.rejects().rows()),
                t.number(m.summary().rowsWithRejects())))).append("</p>\n");
        List<Svg.Bar> bars = new ArrayList<>();
        for (RejectGroup g : m.rejects().groups().subList(0, Math.min(CHART_ROWS, m.rejects().groups().size()))) {
            bars.add(new Svg.Bar(t.field(g.field()) + " — " + t.rule(g.rule()), g.rows(), "c-reject"));
        }
        figure(svg.horizontalBars(t.get("rejects.chart"), bars), t.get("rejects.chart"));
        out.append("<table>\n<thead><tr>");
        th("rejects.source", "rejects.field", "rejects.rule");
        thNum("rejects.count", "rejects.share");
        th("rejects.examples");
        out.append("</tr></thead>\n<tbody>\n");
        for (RejectGroup g : m.rejects().groups()) {
            out.append("<tr><td>").append(esc(g.source())).append("</td><td>").append(esc(t.field(g.field())))
                    .append("</td><td>").append(esc(t.rule(g.rule()))).append("<br><code>").append(esc(g.rule())).append("</code></td>");
            num(g.rows());
            out.append("<td class=\"num\">").append(esc(t.percent(g.rows(), m.rejects().rows()))).append("</td><td><ul class=\"examples\">");
            for (RejectExample e : g.examples()) {
                String example = e.key().isEmpty() ? t.get("rejects.example.nokey", Long.toString(e.line()), e.message())
                        : t.get("rejects.example", Long.toString(e.line()), e.key(), e.message());
                out.append("<li>").append(esc(example)).append("</li>");
            }
            out.append("</ul></td></tr>\n");
        }
        out.append("</tbody>\n</table>\n");
        note(options.showPii() ? t.get("pii.shown") : t.get("pii.masked"));
        out.append("</section>\n");
    }

    private void dedupe() {
        DedupeFigures d = m.dedupe();
        out.append("<section id=\"duplicates\">\n<h2>").append(esc(t.get("dedupe.title"))).append("</h2>\n");
        if (!d.ran()) {
            out.append("<p class=\"notrun\">").append(esc(t.get("dedupe.notrun"))).append("</p>\n</section>\n");
            return;
        }
        out.append("<p>").append(esc(t.get("dedupe.intro", t.number(d.links()), t.number(d.clusters()),
                t.number(d.mergedClusters())))).append("</p>\n");
        out.append("<h3>").append(esc(t.get("dedupe.sizes.title"))).append("</h3>\n");
        if (d.mergedClusters() == 0) {
            out.append("<p>").append(esc(t.get("dedupe.sizes.none"))).append("</p>\n");
        } else {
            long[] columns = new long[LARGEST_SIZE_COLUMN + 1];
            for (Map.Entry<Integer, Long> e : d.clusterSizes().entrySet()) {
                if (e.getKey() > 1) {
                    columns[Math.min(LARGEST_SIZE_COLUMN, e.getKey())] += e.getValue();
                }
            }
            List<Svg.Bar> bars = new ArrayList<>();
            for (int size = 2; size <= LARGEST_SIZE_COLUMN; size++) {
                String label = size == LARGEST_SIZE_COLUMN ? size + "+" : Integer.toString(size);
                bars.add(new Svg.Bar(label, columns[size], "c-link"));
            }
            figure(svg.columns(t.get("dedupe.sizes.chart"), bars), t.get("dedupe.sizes.caption",
                    t.number(d.clusterSizes().getOrDefault(1, 0L))));
        }
        out.append("<h3>").append(esc(t.get("dedupe.scores.title"))).append("</h3>\n");
        figure(svg.scores(t.get("dedupe.scores.title"), d.linkScores(), d.reviewScores(), d.reviewThreshold(),
                d.matchThreshold()), d.matchThreshold() == null ? t.get("dedupe.scores.nothresholds") : t.get("dedupe.scores.caption"));
        out.append("<p class=\"legend\"><span class=\"swatch c-link\"></span>").append(esc(t.get("dedupe.legend.links")))
                .append(" <span class=\"swatch c-review\"></span>").append(esc(t.get("dedupe.legend.review"))).append("</p>\n");
        out.append("<p>").append(esc(d.hasReview() ? t.get("dedupe.review", t.number(d.reviewPairs())) : t.get("dedupe.review.none")))
                .append("</p>\n</section>\n");
    }

    private void reconciliation() {
        ReconciliationFigures r = m.reconciliation();
        out.append("<section id=\"reconciliation\">\n<h2>").append(esc(t.get("rec.title"))).append("</h2>\n");
        if (!r.ran()) {
            out.append("<p class=\"notrun\">").append(esc(t.get("rec.notrun"))).append("</p>\n</section>\n");
            return;
        }
        out.append("<p>").append(esc(t.get("rec.intro", t.number(r.rows())))).append("</p>\n");
        List<Svg.Bar> parts = new ArrayList<>();
        r.statuses().forEach((status, n) -> parts.add(new Svg.Bar(t.status(status), n, "s-" + cssName(status))));
        figure(svg.stacked(t.get("rec.chart"), parts), null);
        out.append("<table>\n<thead><tr>");
        th("rec.status");
        thNum("rec.count", "rec.share");
        th("rec.meaning");
        out.append("</tr></thead>\n<tbody>\n");
        r.statuses().forEach((status, n) -> {
            out.append("<tr><td><span class=\"swatch s-").append(cssName(status)).append("\"></span>").append(esc(t.status(status)))
                    .append("</td>");
            num(n);
            out.append("<td class=\"num\">").append(esc(t.percent(n, r.rows()))).append("</td><td>")
                    .append(esc(t.optional("status." + status + ".meaning", ""))).append("</td></tr>\n");
        });
        out.append("</tbody>\n</table>\n<h3>").append(esc(t.get("rec.fields.title"))).append("</h3>\n");
        if (r.differingFields().isEmpty()) {
            out.append("<p>").append(esc(t.get("rec.fields.none"))).append("</p>\n");
        } else {
            List<Svg.Bar> bars = new ArrayList<>();
            for (FieldCount f : r.differingFields().subList(0, Math.min(CHART_ROWS, r.differingFields().size()))) {
                bars.add(new Svg.Bar(t.field(f.field()), f.records(), "c-diff"));
            }
            figure(svg.horizontalBars(t.get("rec.fields.title"), bars), t.get("rec.fields.caption"));
        }
        out.append("</section>\n");
    }

    private void quality() {
        out.append("<section id=\"quality\">\n<h2>").append(esc(t.get("quality.title"))).append("</h2>\n");
        if (m.gates().isEmpty()) {
            out.append("<p>").append(esc(t.get("quality.none"))).append("</p>\n</section>\n");
            return;
        }
        out.append("<table>\n<thead><tr>");
        th("quality.gate");
        thNum("quality.limit", "quality.actual");
        th("quality.result");
        out.append("</tr></thead>\n<tbody>\n");
        for (Gate g : m.gates()) {
            out.append("<tr><td>").append(esc(t.gate(g.gate()))).append("<br><code>").append(esc(g.gate())).append("</code></td><td class=\"num\">")
                    .append(esc(g.limit())).append("</td><td class=\"num\">").append(esc(g.actual())).append("</td><td class=\"")
                    .append(g.passed() ? "pass" : "fail").append("\">").append(esc(t.get(g.passed() ? "quality.passed" : "quality.failed")))
                    .append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n</section>\n");
    }

    private void files() {
        out.append("<footer>\n<h2>").append(esc(t.get("files.title"))).append("</h2>\n<p>").append(esc(t.get("files.intro"))).append("</p>\n");
        out.append("<table>\n<thead><tr>");
        th("files.file");
        thNum("files.rows");
        th("files.sha");
        out.append("</tr></thead>\n<tbody>\n");
        for (SourceFile f : m.files()) {
            out.append("<tr><td><code>").append(esc(f.path())).append("</code></td>");
            num(f.rows());
            out.append("<td><code>").append(esc(f.sha256() == null ? "—" : f.sha256())).append("</code></td></tr>\n");
        }
        out.append("</tbody>\n</table>\n<p class=\"small\">").append(esc(t.get("files.job", m.run().jobFile(), m.run().jobSha256())))
                .append("</p>\n</footer>\n");
    }

    private void figure(String chart, String caption) {
        out.append("<figure>").append(chart);
        if (caption != null) {
            out.append("<figcaption>").append(esc(caption)).append("</figcaption>");
        }
        out.append("</figure>\n");
    }

    private void note(String text) {
        out.append("<p class=\"small\">").append(esc(text)).append("</p>\n");
    }

    private void th(String... keys) {
        for (String k : keys) {
            out.append("<th>").append(esc(t.get(k))).append("</th>");
        }
    }

    private void thNum(String... keys) {
        for (String k : keys) {
            out.append("<th class=\"num\">").append(esc(t.get(k))).append("</th>");
        }
    }

    private void num(long... values) {
        for (long v : values) {
            out.append("<td class=\"num\">").append(esc(t.number(v))).append("</td>");
        }
    }

    private static String cssName(String status) {
        return status.replaceAll("[^a-z_]", "").replace('_', '-');
    }

    private static String esc(String s) {
        return Html.esc(s);
    }

    private static String css() {
        try (InputStream in = ReportHtml.class.getResourceAsStream("report.css")) {
            if (in == null) {
                throw new IllegalStateException("report.css is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
