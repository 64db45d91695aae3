package io.unireg.guess;

import io.unireg.normalize.FunctionRegistry;
import io.unireg.normalize.Outcome;
import io.unireg.normalize.RowContext;
import io.unireg.normalize.ua.Rnokpp;
import io.unireg.profile.ColumnProfile;
import io.unireg.profile.ProfileReport;
import io.unireg.schema.SchemaField;
import io.unireg.schema.TableSchema;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Maps a profiled source onto a schema: each column gets candidate concepts from its header and from
 * its values, each with a confidence; the most confident pairs are taken first, one concept per
 * column and one column per concept; then every field the chosen concepts fill gets a chain built
 * and tried on the sample.
 *
 * <p>Confidence: a header spelled exactly as a known name scores {@value HeaderSynonyms#EXACT}, a header
 * that contains one {@value HeaderSynonyms#PARTIAL}. When the concept has a value test, values that
 * agree raise it towards 1 and values that contradict it (under {@value #CONTRADICTED} passing) halve
 * it. A value test alone scores by the share passing, identifiers with a check digit highest: a column
 * of valid RNOKPPs is an RNOKPP whatever its header says.
 */
public final class Guesser {

    static final double CONTRADICTED = 0.2;
    static final double MIN_CONFIDENCE = 0.5;
    /** An optional field whose chain rejects more than this share of sampled values gets on_error: null. */
    static final double NULL_ON_ERROR = 0.05;
    /** A field parsed out of another column (the district of an address) is left out when it is this rarely there. */
    static final double MIN_DERIVED = 0.2;
    private static final Set<String> DATE_CONCEPTS = Set.of("birth_date", "entry_date", "document_issue_date",
            "document_expiry_date");
    /** Value tests alone: base and weight, so confidence = base + weight × share. */
    private static final Map<String, double[]> VALUE_WEIGHTS = Map.ofEntries(
            Map.entry("rnokpp", new double[]{0.5, 0.45}), Map.entry("unzr", new double[]{0.5, 0.45}),
            Map.entry("katottg", new double[]{0.5, 0.45}), Map.entry("document", new double[]{0.35, 0.45}),
            Map.entry("sex", new double[]{0.35, 0.5}), Map.entry("full_name", new double[]{0.4, 0.45}),
            Map.entry("given_name", new double[]{0.35, 0.45}), Map.entry("patronymic", new double[]{0.4, 0.45}),
            Map.entry("surname", new double[]{0.25, 0.4}), Map.entry("address", new double[]{0.35, 0.45}),
            Map.entry("phone", new double[]{0.35, 0.4}), Map.entry("record_key", new double[]{0.3, 0.25}));

    private final FunctionRegistry registry;
    private final HeaderSynonyms synonyms;
    private final Path baseDir;

    public Guesser(FunctionRegistry registry, Path baseDir) {
        this.registry = registry;
        this.synonyms = HeaderSynonyms.builtIn();
        this.baseDir = baseDir;
    }

    private record Candidate(String column, String concept, double confidence, String reason) {
    }

    public Guess guess(ProfileReport profile, Sample sample, TableSchema schema) {
        Evidence evidence = new Evidence(registry, baseDir);
        Map<String, ColumnProfile> profiles = new LinkedHashMap<>();
        Map<String, Map<String, Evidence.Hit>> hitsByColumn = new HashMap<>();
        List<Candidate> candidates = new ArrayList<>();
        for (ColumnProfile c : profile.columns()) {
            profiles.put(c.name(), c);
            Map<String, Evidence.Hit> hits = evidence.of(c, sample);
            hitsByColumn.put(c.name(), hits);
            candidates.addAll(candidates(c.name(), hits));
        }
        candidates.sort(Comparator.comparingDouble(Candidate::confidence).reversed());
        Map<String, Candidate> byColumn = new LinkedHashMap<>();
        Map<String, String> columnByConcept = new HashMap<>();
        for (Candidate c : candidates) {
            if (c.confidence() >= MIN_CONFIDENCE && !byColumn.containsKey(c.column())
                    && !columnByConcept.containsKey(c.concept())) {
                byColumn.put(c.column(), c);
                columnByConcept.put(c.concept(), c.column());
            }
        }
        birthDateFromRnokpp(profiles, hitsByColumn, sample, byColumn, columnByConcept);

        List<Guess.ColumnGuess> columns = new ArrayList<>();
        for (ColumnProfile c : profile.columns()) {
            Candidate chosen = byColumn.get(c.name());
            columns.add(chosen == null
                    ? new Guess.ColumnGuess(c.name(), null, 0, unmappedReason(hitsByColumn.get(c.name()), c))
                    : new Guess.ColumnGuess(c.name(), chosen.concept(), chosen.confidence(), chosen.reason()));
        }
        List<Guess.FieldGuess> fields = fields(schema, byColumn, columnByConcept, profiles, sample);
        Set<String> filled = new HashSet<>();
        fields.forEach(f -> filled.add(f.field().name()));
        List<SchemaField> unfilled = schema.fields().stream().filter(f -> !filled.contains(f.name())).toList();
        return new Guess(profile.file(), schema, profile.detected(), profile.rows(), sample.rows().size(),
                columns, fields, unfilled, columnByConcept.get("record_key"));
    }

    /** The concepts a column may be, from its header and its values. */
    private List<Candidate> candidates(String column, Map<String, Evidence.Hit> hits) {
        List<Candidate> out = new ArrayList<>();
        Optional<HeaderSynonyms.Match> header = synonyms.match(column);
        String headerConcept = header.map(HeaderSynonyms.Match::concept).orElse(null);
        header.ifPresent(m -> {
            double confidence = m.confidence();
            String reason = m.reason(column);
            Evidence.Hit test = hits.get(DATE_CONCEPTS.contains(m.concept()) ? "date" : m.concept());
            if (test != null && test.share() >= Evidence.MIN_SHARE) {
                confidence += (1 - confidence) * 0.9 * test.share();
                reason += "; values agree: " + test.reason();
            } else if (test != null && test.share() < CONTRADICTED) {
                confidence *= 0.5;
                reason += "; but only " + test.reason();
            }
            out.add(new Candidate(column, m.concept(), confidence, reason));
        });
        for (Evidence.Hit hit : hits.values()) {
            double[] w = VALUE_WEIGHTS.get(hit.concept());
            if (w == null || hit.concept().equals(headerConcept) || hit.share() < Evidence.MIN_SHARE) {
                continue;
            }
            out.add(new Candidate(column, hit.concept(), w[0] + w[1] * hit.share(), "values: " + hit.reason()));
        }
        return out;
    }

    /**
     * A date column no header names is the birth date when it agrees with the birth date encoded in the
     * RNOKPP column on most rows.
     */
    private void birthDateFromRnokpp(Map<String, ColumnProfile> profiles, Map<String, Map<String, Evidence.Hit>> hits,
                                     Sample sample, Map<String, Candidate> byColumn, Map<String, String> columnByConcept) {
        String rnokpp = columnByConcept.get("rnokpp");
        if (rnokpp == null || columnByConcept.containsKey("birth_date")) {
            return;
        }
        Candidate best = null;
        for (ColumnProfile c : profiles.values()) {
            if (byColumn.containsKey(c.name()) || !Evidence.strong(hits.get(c.name()), "date")) {
                continue;
            }
            double agree = agreement(c, rnokpp, sample);
            if (agree >= 0.5 && (best == null || agree + 0.5 > best.confidence())) {
                best = new Candidate(c.name(), "birth_date", Math.min(0.95, 0.5 + agree / 2), String.format(Locale.ROOT,
                        "values are dates and agree with the birth date in the RNOKPP (%s) on %s of sampled rows",
                        rnokpp, Evidence.percent(agree)));
            }
        }
        if (best != null) {
            byColumn.put(best.column(), best);
            columnByConcept.put("birth_date", best.column());
        }
    }

    private double agreement(ColumnProfile date, String rnokppColumn, Sample sample) {
        Chain read = Chain.of(List.of(Step.of("date", Map.of("patterns", Evidence.datePatterns(date)))), registry, baseDir);
        int d = sample.index(date.name());
        int r = sample.index(rnokppColumn);
        int both = 0;
        int equal = 0;
        for (String[] row : sample.rows()) {
            String code = row[r].strip();
            if (!Rnokpp.isValid(code)) {
                continue;
            }
            Outcome day = read.apply(row[d], RowContext.EMPTY);
            if (day.rejected() || day.value() == null) {
                continue;
            }
            both++;
            equal += Rnokpp.birthDate(code).toString().equals(day.value()) ? 1 : 0;
        }
        return both == 0 ? 0 : (double) equal / both;
    }

    private static String unmappedReason(Map<String, Evidence.Hit> hits, ColumnProfile c) {
        if (c.values() == c.empty()) {
            return "empty in every row";
        }
        return hits.values().stream().filter(h -> h.share() >= Evidence.MIN_SHARE)
                .max(Comparator.comparingDouble(Evidence.Hit::share))
                .map(h -> "no header match; " + h.reason() + ", but a more certain column took " + Concepts.describe(h.concept()))
                .orElse("neither its header nor its values match a known field");
    }

    private List<Guess.FieldGuess> fields(TableSchema schema, Map<String, Candidate> byColumn,
                                          Map<String, String> columnByConcept, Map<String, ColumnProfile> profiles,
                                          Sample sample) {
        record Option(Candidate source, Concepts.Target target) {
        }
        Map<String, Option> chosen = new HashMap<>();
        for (Candidate c : byColumn.values()) {
            for (Concepts.Target t : Concepts.targets(c.concept())) {
                if (schema.field(t.field()).isEmpty()) {
                    continue;
                }
                Option current = chosen.get(t.field());
                boolean better = current == null
                        || t.direct() && !current.target().direct()
                        || t.direct() == current.target().direct() && c.confidence() > current.source().confidence();
                if (better) {
                    chosen.put(t.field(), new Option(c, t));
                }
            }
        }
        List<Guess.FieldGuess> out = new ArrayList<>();
        Map<String, Object> memo = new HashMap<>();
        for (SchemaField field : schema.fields()) {
            Option o = chosen.get(field.name());
            if (o == null) {
                continue;
            }
            String column = o.source().column();
            Proposal.Context ctx = new Proposal.Context(field.name(), column, profiles.get(column), sample,
                    columnByConcept, registry, baseDir, memo);
            Proposal proposal = o.target().proposer().propose(ctx);
            Trial trial = ctx.trial(proposal.steps());
            if (!o.target().direct() && trial.keptShare() < MIN_DERIVED) {
                continue;
            }
            boolean onErrorNull = !field.required() && !"rnokpp".equals(field.name())
                    && trial.rejectShare() > NULL_ON_ERROR;
            out.add(new Guess.FieldGuess(field, column, o.source().concept(), o.source().confidence(),
                    o.source().reason(), proposal, trial, onErrorNull));
        }
        return out;
    }
}
