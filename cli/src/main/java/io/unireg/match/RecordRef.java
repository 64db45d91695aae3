package io.unireg.match;

/** A source row as users name it: {@code residents:123}. */
public record RecordRef(String source, String key) {

    /** Parses {@code source:key} (the key may itself hold colons); {@code null} when there is no colon. */
    public static RecordRef parse(String text) {
        int colon = text.indexOf(':');
        return colon <= 0 ? null : new RecordRef(text.substring(0, colon).trim(), text.substring(colon + 1).trim());
    }

    @Override
    public String toString() {
        return source + ":" + key;
    }
}
