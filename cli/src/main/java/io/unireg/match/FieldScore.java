package io.unireg.match;

/**
 * One field of one compared pair: the values, the level reached and its weight (with any term
 * frequency adjustment included in {@code weight}; {@code tfAdjustment} shows that part alone).
 */
public record FieldScore(String field, String left, String right, int level, String levelLabel, double weight,
                         double tfAdjustment) {
}
