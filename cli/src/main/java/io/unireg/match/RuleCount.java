package io.unireg.match;

/**
 * One blocking rule's pair count, computed from key group sizes before any pair is made.
 *
 * @param candidatePairs pairs the rule alone produces (within-source pairs excluded in link mode)
 * @param largestGroup   records in the rule's biggest key group (the usual cause of an explosion)
 * @param largestKey     that group's key value, for the advice
 * @param refused        whether the rule exceeds the limit and will not run
 * @param advice         for a refused rule, what to do about it; empty otherwise
 */
public record RuleCount(BlockingRule rule, long candidatePairs, long largestGroup, String largestKey,
                        boolean refused, String advice) {
}
