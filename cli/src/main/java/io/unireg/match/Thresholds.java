package io.unireg.match;

/** Match probability at or above {@code match} → accepted; at or above {@code review} → to the clerk. */
public record Thresholds(double match, double review) {

    public static final Thresholds DEFAULT = new Thresholds(0.9, 0.5);

    public Thresholds {
        if (!(review >= 0 && review <= match && match <= 1)) {
            throw new IllegalArgumentException("need 0 <= review <= match <= 1, got review " + review + ", match " + match);
        }
    }

    public Decision decide(double probability) {
        return probability >= match ? Decision.MATCH : probability >= review ? Decision.REVIEW : Decision.NON_MATCH;
    }
}
