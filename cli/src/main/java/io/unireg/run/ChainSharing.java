package io.unireg.run;

import java.util.Arrays;
import java.util.List;

/**
 * Which fields of one source can start their chain from another field's intermediate result. Fields
 * fed by the same column whose chains begin with the same normalisers (PlanCompiler gives calls written
 * alike one instance) would compute the same prefix again: the sample job runs
 * {@code address full → rename} for three fields. Normalisers are pure functions of the value and the
 * row, so the first field's result after the shared steps — a value or the rejection — is what the
 * later field would have computed itself.
 *
 * @param from  per field: the slot its chain resumes from, -1 when it runs from the start
 * @param skip  per field: how many of its steps the slot already covers
 * @param save  per field: per number of steps done (1..chain length), the slot to fill (-1: none), or null
 * @param slots how many intermediate results a row keeps
 */
record ChainSharing(int[] from, int[] skip, int[][] save, int slots) {

    static ChainSharing of(List<FieldPlan> fields, int[] fieldColumn) {
        int n = fields.size();
        int[] from = new int[n];
        int[] skip = new int[n];
        int[][] save = new int[n][];
        Arrays.fill(from, -1);
        int slots = 0;
        for (int i = 0; i < n; i++) {
            FieldPlan field = fields.get(i);
            if (!field.mapped()) {
                continue;
            }
            int best = -1;
            int bestLength = 0;
            for (int j = 0; j < i; j++) {
                FieldPlan earlier = fields.get(j);
                if (!earlier.mapped() || fieldColumn[j] != fieldColumn[i]) {
                    continue;
                }
                int common = commonPrefix(earlier.chain(), field.chain());
                if (common > bestLength) {
                    best = j;
                    bestLength = common;
                }
            }
            if (best < 0) {
                continue;
            }
            // Ties go to the earliest field, so the donor never resumed past this point itself: if it
            // had, its own donor would share at least as many steps and would have been found first.
            if (save[best] == null) {
                save[best] = new int[fields.get(best).chain().size() + 1];
                Arrays.fill(save[best], -1);
            }
            if (save[best][bestLength] < 0) {
                save[best][bestLength] = slots++;
            }
            from[i] = save[best][bestLength];
            skip[i] = bestLength;
        }
        return new ChainSharing(from, skip, save, slots);
    }

    private static int commonPrefix(List<FieldPlan.Step> a, List<FieldPlan.Step> b) {
        int k = 0;
        while (k < a.size() && k < b.size() && a.get(k).normaliser() == b.get(k).normaliser()) {
            k++;
        }
        return k;
    }
}
