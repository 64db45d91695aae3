package io.unireg.samples;

/** A Kharkiv-oblast settlement from the KATOTTG codifier: category letter (M city, X selyshche, C village). */
public record Settlement(String category, String nameUk, String raionUk, String katottg) {

    /** The abbreviation a clerk writes before the name. */
    public String prefix() {
        return switch (category) {
            case "M" -> "м.";
            case "X" -> "сел.";
            default -> "с.";
        };
    }
}
