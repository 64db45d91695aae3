package io.unireg.match;

/**
 * One comparison level's Fellegi–Sunter probabilities: {@code m} = P(level | same entity),
 * {@code u} = P(level | different entities). Its match weight is log2(m/u).
 */
public record LevelParameters(String level, double m, double u) {

    public double weight() {
        return Math.log(m / u) / Math.log(2);
    }
}
