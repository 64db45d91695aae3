package io.unireg.guess;

import io.unireg.normalize.RowContext;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** The chains the guesser proposes, one method per kind of field. */
final class Proposers {

    /** A street or address chain that rejects more than this share of values is not proposed as is. */
    static final double TOLERATED_REJECTS = 0.1;

    /** The typed street in the address function's canonical one-line form, wherever it stands. */
    static final String TYPED_STREET = "(?:^|, )((?:вул\\.|просп\\.|пров\\.|пл\\.|бульв\\.|узв\\.|туп\\.|майд\\.|ш\\.|наб\\.|мкр\\.|алея|проїзд) [^,]+)";

    private Proposers() {
    }

    /** Free text: spaces only. */
    static Proposal text(Proposal.Context ctx) {
        ChainBuilder b = ctx.builder();
        spaces(b);
        return Proposal.of(b);
    }

    private static void spaces(ChainBuilder b) {
        b.optional(Step.of("trim"), "spaces at the ends");
        b.optional(Step.of("collapse_spaces"), "repeated or odd spaces inside");
    }

    /** A surname, given name or patronymic in its own column; {@code ukFunction} turns Russian forms Ukrainian. */
    static Proposal.Proposer name(String ukFunction) {
        return ctx -> {
            ChainBuilder b = ctx.builder();
            nameCleanup(b);
            b.optional(Step.of("title_case"), "capitals or lower case");
            b.optional(Step.of(ukFunction), "Russian forms");
            return Proposal.of(b);
        };
    }

    private static void nameCleanup(ChainBuilder b) {
        spaces(b);
        b.optional(Step.of("fix_homoglyphs"), "Latin look-alike letters inside Cyrillic words");
        b.optional(Step.of("apostrophe"), "apostrophe look-alikes");
    }

    /** One part of a full-name column: split first (it reads capitals), then case and Russian forms. */
    static Proposal.Proposer namePart(String part, String ukFunction) {
        return ctx -> {
            ChainBuilder b = ctx.builder();
            nameCleanup(b);
            b.required(Step.of("split_name", part), "split_name: the " + ("given".equals(part) ? "given name" : part) + " out of the full name");
            b.optional(Step.of("title_case"), "capitals or lower case");
            b.optional(Step.of(ukFunction), "Russian forms");
            return Proposal.of(b);
        };
    }

    /** Sex: the spellings the column holds, mapped to M/F; anything else is rejected so it is seen. */
    static Proposal sex(Proposal.Context ctx) {
        ChainBuilder b = ctx.builder();
        b.optional(Step.of("trim"), "spaces at the ends");
        b.optional(Step.of("lower"), "capitals");
        Map<String, String> table = new TreeMap<>();
        Map<String, Integer> unknown = new HashMap<>();
        for (String v : b.presentOutputs()) {
            String code = SexWords.code(v);
            if (code != null) {
                table.put(SexWords.key(v), code);
            } else {
                unknown.merge(v, 1, Integer::sum);
            }
        }
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("table", table);
        options.put("default", "reject");
        String note = "map: the " + table.size() + " spellings seen";
        if (!unknown.isEmpty()) {
            List<String> top = unknown.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(5)
                    .map(e -> "'" + e.getKey() + "' ×" + e.getValue()).toList();
            note += "; not recognised (add them to the table): " + String.join(", ", top);
        }
        b.required(Step.of("map", options), note);
        return Proposal.of(b);
    }

    /** A date in exactly the patterns the profiler saw in this column. */
    static Proposal date(Proposal.Context ctx) {
        ChainBuilder b = ctx.builder();
        b.optional(Step.of("trim"), "spaces at the ends");
        List<String> patterns = Evidence.datePatterns(ctx.profile());
        b.required(Step.of("date", Map.of("patterns", patterns)), "date: the " + patterns.size()
                + (patterns.size() == 1 ? " format" : " formats") + " seen ("
                + (ctx.profile().datePatterns().isEmpty() ? "none recognised; defaults and month names"
                : ctx.profile().datePatterns().stream().map(v -> v.value() + " ×" + v.count())
                .reduce((x, y) -> x + ", " + y).orElse("")) + ")");
        return Proposal.of(b);
    }

    /** RNOKPP: digits first when numbers are written with spaces or dashes; rnokpp restores a dropped zero. */
    static Proposal rnokpp(Proposal.Context ctx) {
        ChainBuilder b = ctx.builder();
        boolean separated = ctx.sample().present(ctx.column()).stream()
                .anyMatch(v -> v.strip().matches("[\\d][\\d\\s-]*[\\d]") && !v.strip().matches("\\d+"));
        if (separated) {
            b.optional(Step.of("digits"), "spaces or dashes between digits");
        } else {
            b.optional(Step.of("trim"), "spaces at the ends");
        }
        b.required(Step.of("rnokpp"), "rnokpp: check digit; a leading zero a spreadsheet dropped is restored");
        return Proposal.of(b);
    }

    /** A function that validates an identifier (unzr, katottg), after trimming when needed. */
    static Proposal.Proposer identifier(String function) {
        return ctx -> {
            ChainBuilder b = ctx.builder();
            b.optional(Step.of("trim"), "spaces at the ends");
            b.required(Step.of(function), null);
            return Proposal.of(b);
        };
    }

    /**
     * The document number or kind, from a column holding series and number together, or from a number
     * column joined to the series column when the file has one.
     */
    static Proposal.Proposer document(boolean kind) {
        return ctx -> {
            ChainBuilder b = ctx.builder();
            String series = ctx.columnByConcept().get("document_series");
            if (series != null && !series.equals(ctx.column())) {
                b.required(Step.of("concat", Map.of("of", List.of(series, "$value"), "sep", "")),
                        "concat: the series from " + series + " before the number");
            }
            Step passport = kind ? Step.of("passport", "kind") : Step.of("passport");
            if (series == null && ctx.trial(List.of(passport)).rejectShare() > TOLERATED_REJECTS) {
                spaces(b);
                return Proposal.of(b.required(Step.of("collapse_spaces"), null));
            }
            b.required(passport, kind ? "passport kind: booklet or ID card, from the number's shape"
                    : "passport: series letters made Cyrillic, prefixes and № removed");
            return Proposal.of(b);
        };
    }

    /** A street in its own column: its type made canonical when nearly every value has one. */
    static Proposal street(Proposal.Context ctx) {
        ChainBuilder b = ctx.builder();
        spaces(b);
        List<Step> withType = new ArrayList<>(b.steps());
        withType.add(Step.of("street_type"));
        if (ctx.trial(withType).rejectShare() <= TOLERATED_REJECTS) {
            b.optional(Step.of("street_type"), "street types written other ways");
        }
        return Proposal.of(b);
    }

    /**
     * A part of a one-line address column. The settlement most addresses name fills the ones that
     * name none ("вул. Сумська, 12" in a city's own export).
     */
    static Proposal.Proposer addressPart(String part) {
        return ctx -> {
            ChainBuilder b = ctx.builder();
            String settlement = ctx.memo("settlement", () -> commonSettlement(ctx));
            Map<String, Object> full = new LinkedHashMap<>();
            full.put("part", "full");
            if (settlement != null) {
                full.put("default_settlement", settlement);
            }
            String why = settlement == null ? null
                    : "address: addresses without a settlement read as " + settlement + ", the one most name";
            switch (part) {
                case "street" -> {
                    b.required(Step.of("address", full), why);
                    b.required(Step.of("regex_extract", TYPED_STREET),
                            "regex_extract: the typed street (вул. Сумська) from the canonical one-line address");
                }
                case "katottg" -> {
                    b.required(Step.of("address", full), why);
                    b.required(Step.of("katottg_lookup"), "katottg_lookup: the settlement's code in the shipped codifier");
                }
                case "full" -> b.required(Step.of("address", full), why);
                default -> {
                    if (settlement != null && ("settlement".equals(part) || "settlement_type".equals(part))) {
                        Map<String, Object> options = new LinkedHashMap<>(full);
                        options.put("part", part);
                        b.required(Step.of("address", options), why);
                    } else {
                        b.required(Step.of("address", part), null);
                    }
                }
            }
            return Proposal.of(b);
        };
    }

    /** The settlement named by at least half the addresses that name one, as {@code м. Харків}. */
    private static String commonSettlement(Proposal.Context ctx) {
        List<String[]> rows = ctx.sample().rows();
        Chain type = Chain.of(List.of(Step.of("address", "settlement_type")), ctx.registry(), ctx.baseDir());
        Chain name = Chain.of(List.of(Step.of("address", "settlement")), ctx.registry(), ctx.baseDir());
        int col = ctx.sample().index(ctx.column());
        Map<String, Integer> counts = new HashMap<>();
        int withSettlement = 0;
        int without = 0;
        for (String[] row : rows) {
            String v = row[col];
            if (v.isBlank()) {
                continue;
            }
            String n = name.apply(v, RowContext.EMPTY).value();
            String t = type.apply(v, RowContext.EMPTY).value();
            if (n == null) {
                without++;
            } else {
                withSettlement++;
                counts.merge(t == null ? n : t + " " + n, 1, Integer::sum);
            }
        }
        if (without == 0 || withSettlement == 0) {
            return null;
        }
        Map.Entry<String, Integer> top = counts.entrySet().stream().max(Comparator.comparingInt(Map.Entry::getValue)).orElseThrow();
        return top.getValue() * 2 >= withSettlement ? top.getKey() : null;
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
