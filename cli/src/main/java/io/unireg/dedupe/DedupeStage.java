package io.unireg.dedupe;

import io.unireg.match.BlockingPlan;
import io.unireg.match.ChainSplit;
import io.unireg.match.Clusters;
import io.unireg.match.Decision;
import io.unireg.match.MatchConstraints;
import io.unireg.match.MatchExecutor;
import io.unireg.match.MatchRecord;
import io.unireg.match.MatchResult;
import io.unireg.match.MatchSettings;
import io.unireg.match.ParametersFile;
import io.unireg.match.RuleCount;
import io.unireg.match.TrainedParameters;
import io.unireg.match.memory.InMemoryMatcher;
import io.unireg.survive.GoldenRecord;
import io.unireg.survive.Member;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The match stage of a run: plans blocking (refusing explosive rules before any pair is made),
 * loads pinned parameters and the clerk's decisions, runs the engine, and merges each cluster into a
 * golden record. Pure computation on collected records; writing is {@link DedupeOutputs}' job.
 */
public final class DedupeStage {

    /** What the stage produced. */
    public record Outcome(List<MatchRecord> records, MatchResult result, ReviewDecisions.Read decisions,
                          DedupeSummary summary) {
    }

    private final DedupePlan plan;
    private final List<String> sourceOrder;
    private final MatchExecutor executor;

    public DedupeStage(DedupePlan plan, List<String> sourceOrder) {
        this(plan, sourceOrder, new InMemoryMatcher());
    }

    public DedupeStage(DedupePlan plan, List<String> sourceOrder, MatchExecutor executor) {
        this.plan = plan;
        this.sourceOrder = List.copyOf(sourceOrder);
        this.executor = executor;
    }

    /**
     * @throws DedupeRefused a blocking rule would explode
     * @throws IOException   the pinned parameters or the decisions file cannot be read
     */
    public Outcome run(List<MatchRecord> records) throws DedupeRefused, IOException {
        long t0 = System.nanoTime();
        MatchSettings settings = plan.settings();
        BlockingPlan blocking = executor.plan(settings, records);
        if (!blocking.runnable()) {
            List<String> lines = new ArrayList<>();
            for (RuleCount r : blocking.refused()) {
                lines.add(String.format(java.util.Locale.ROOT, "blocking rule %s would make %,d pairs (limit %,d; largest group %,d records with key '%s'): %s",
                        r.rule(), r.candidatePairs(), blocking.maxPairsPerRule(), r.largestGroup(), r.largestKey(), r.advice()));
            }
            throw new DedupeRefused(lines);
        }
        TrainedParameters pinned = pinned(settings);
        ReviewDecisions.Read decisions = ReviewDecisions.read(plan.decisions());
        MatchResult result = executor.run(settings, pinned, records, decisions.constraints());
        long millis = (System.nanoTime() - t0) / 1_000_000;
        return new Outcome(records, result, decisions, summarise(records, result, decisions, millis));
    }

    /** Pinned parameters from the job's {@code parameters:}, or {@code null} to train in the run. */
    public static TrainedParameters pinned(MatchSettings settings) throws IOException {
        if (settings.parameters().isEmpty()) {
            return null;
        }
        TrainedParameters p = ParametersFile.read(settings.parameters().get());
        if (!p.fits(settings)) {
            throw new IOException(settings.parameters().get() + ": these parameters were trained for other comparisons; "
                    + "run 'unireg train' again for this job");
        }
        return p;
    }

    /** The golden record of one cluster, from its members' values. */
    public GoldenRecord golden(Outcome outcome, int cluster) {
        int[] ids = outcome.result().clusters().members(cluster);
        List<Member> members = new ArrayList<>(ids.length);
        for (int id : ids) {
            MatchRecord r = outcome.records().get(id);
            members.add(new Member(r.source(), r.key(), sourceOrder.indexOf(r.source()), r.values()));
        }
        // The anchor (first member in source, key order) names the cluster, so a singleton keeps the id a
        // run without dedupe gives it and a cluster keeps its id while its first row stays.
        members.sort(DedupeStage::byAnchor);
        Member anchor = members.get(0);
        return plan.survivorship().merge(StableId.of(anchor.source(), anchor.key()), members);
    }

    private static int byAnchor(Member a, Member b) {
        int c = Integer.compare(a.sourceRank(), b.sourceRank());
        if (c != 0) {
            return c;
        }
        c = Integer.compare(a.key().length(), b.key().length());
        return c != 0 ? c : a.key().compareTo(b.key());
    }

    private static DedupeSummary summarise(List<MatchRecord> records, MatchResult result, ReviewDecisions.Read decisions,
                                           long millis) {
        List<DedupeSummary.RuleFigures> rules = new ArrayList<>();
        List<RuleCount> counts = result.plan().rules();
        for (int i = 0; i < counts.size(); i++) {
            long compared = i < result.comparedPerRule().length ? result.comparedPerRule()[i] : 0;
            rules.add(new DedupeSummary.RuleFigures(counts.get(i).rule().toString(), counts.get(i).candidatePairs(), compared));
        }
        long[] byDecision = result.pairs().decisionCounts();
        Clusters clusters = result.clusters();
        int duplicateClusters = 0;
        for (int c = 0; c < clusters.count(); c++) {
            if (clusters.members(c).length > 1) {
                duplicateClusters++;
            }
        }
        List<String> splitReasons = new ArrayList<>();
        for (ChainSplit s : clusters.splits()) {
            if (splitReasons.size() < 20) {
                splitReasons.add(s.reason() + " (" + s.records().length + " records → " + s.clustersAfter() + " clusters)");
            }
        }
        List<String> problems = new ArrayList<>(decisions.problems());
        for (MatchConstraints.Link l : result.constraints().unknownRecords()) {
            problems.add(l.origin() + ": " + l.a() + " / " + l.b() + ": a record no longer in the sources; decision not applied");
        }
        for (MatchConstraints.Link l : result.constraints().overruled()) {
            problems.add(l.origin() + ": match " + l.a() + " / " + l.b() + " overruled by a no_match decision or two different valid identifiers");
        }
        return new DedupeSummary(records.size(), rules, result.pairs().size(), byDecision[Decision.MATCH.ordinal()],
                byDecision[Decision.REVIEW.ordinal()], clusters.count(), duplicateClusters, records.size() - clusters.count(),
                clusters.splits().size(), splitReasons,
                decisions.file() == null ? null : decisions.file().toString(),
                result.constraints().mustLinkApplied(), result.constraints().cannotLinkApplied(), decisions.count(),
                problems, result.constraints().overruled().size(), result.stats().trainedInRun(), millis);
    }
}
