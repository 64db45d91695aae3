package io.unireg.survive;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How one field of a golden record is chosen from a cluster's members. Every rule ignores missing
 * values (a present value always beats a missing one) and breaks ties by member order (job source
 * order, then key), so the same cluster always gives the same golden record.
 */
public sealed interface SurvivalRule {

    /**
     * The surviving value of field {@code field} among {@code members} (already in member order);
     * {@code null} when every member lacks it.
     */
    String choose(List<Member> members, int field);

    /** The name the job file uses, for messages and the docs. */
    String describe();

    /** The value most members carry. */
    record MostFrequent() implements SurvivalRule {
        @Override
        public String choose(List<Member> members, int field) {
            return mostFrequent(members, field, (m, v) -> true);
        }

        @Override
        public String describe() {
            return "most_frequent";
        }
    }

    /** The longest value (in characters): the fullest spelling of a name or address. */
    record Longest() implements SurvivalRule {
        @Override
        public String choose(List<Member> members, int field) {
            String best = null;
            for (Member m : members) {
                String v = present(m, field);
                if (v != null && (best == null || v.codePointCount(0, v.length()) > best.codePointCount(0, best.length()))) {
                    best = v;
                }
            }
            return best;
        }

        @Override
        public String describe() {
            return "longest";
        }
    }

    /**
     * The value of the member whose {@code dateField} is latest (ISO dates compare as text); members
     * without that date come after every dated one.
     */
    record MostRecent(String dateField, int dateIndex) implements SurvivalRule {
        @Override
        public String choose(List<Member> members, int field) {
            String best = null;
            String bestDate = null;
            for (Member m : members) {
                String v = present(m, field);
                if (v == null) {
                    continue;
                }
                String date = present(m, dateIndex);
                if (best == null || (date != null && (bestDate == null || date.compareTo(bestDate) > 0))) {
                    best = v;
                    bestDate = date;
                }
            }
            return best;
        }

        @Override
        public String describe() {
            return "most_recent: " + dateField;
        }
    }

    /** The first present value in the listed sources' order; sources not listed come after, in job order. */
    record SourcePriority(List<String> sources) implements SurvivalRule {
        public SourcePriority {
            sources = List.copyOf(sources);
        }

        @Override
        public String choose(List<Member> members, int field) {
            String best = null;
            int bestRank = Integer.MAX_VALUE;
            for (Member m : members) {
                String v = present(m, field);
                if (v == null) {
                    continue;
                }
                int listed = sources.indexOf(m.source());
                int rank = listed >= 0 ? listed : sources.size() + m.sourceRank();
                if (rank < bestRank) {
                    best = v;
                    bestRank = rank;
                }
            }
            return best;
        }

        @Override
        public String describe() {
            return "source_priority: " + sources;
        }
    }

    /**
     * Values that pass the target schema's checks for the field first (most frequent among them),
     * then the rest: a valid RNOKPP beats a more frequent mistyped one.
     */
    record ValidFirst(ValueCheck check) implements SurvivalRule {
        @Override
        public String choose(List<Member> members, int field) {
            String valid = mostFrequent(members, field, (m, v) -> check.valid(field, v));
            return valid != null ? valid : mostFrequent(members, field, (m, v) -> true);
        }

        @Override
        public String describe() {
            return "valid_first";
        }
    }

    /** Whether a value passes the target schema's checks for a field (by schema index). */
    @FunctionalInterface
    interface ValueCheck {
        boolean valid(int field, String value);
    }

    private static String present(Member m, int field) {
        String v = m.values()[field];
        return v == null || v.isBlank() ? null : v;
    }

    private static String mostFrequent(List<Member> members, int field, java.util.function.BiPredicate<Member, String> eligible) {
        Map<String, Integer> counts = new HashMap<>();
        String best = null;
        int bestCount = 0;
        for (Member m : members) {
            String v = present(m, field);
            if (v == null || !eligible.test(m, v)) {
                continue;
            }
            counts.merge(v, 1, Integer::sum);
        }
        // Second pass in member order: the first value to reach the top count wins a tie.
        for (Member m : members) {
            String v = present(m, field);
            if (v == null || !counts.containsKey(v)) {
                continue;
            }
            int c = counts.get(v);
            if (c > bestCount) {
                best = v;
                bestCount = c;
            }
        }
        return best;
    }
}
