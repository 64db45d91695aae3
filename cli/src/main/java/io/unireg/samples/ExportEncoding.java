package io.unireg.samples;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.Locale;
import java.util.Map;

/**
 * The character sets an export can be written in. cp866 (DOS Russian) has no І і Ґ ґ and no typographic
 * apostrophe, so — as DOS-era exports did — і/І become Latin i/I, ґ/Ґ become г/Г and ’ becomes '.
 * Anything else unmappable becomes '?'.
 */
public enum ExportEncoding {
    WINDOWS_1251("windows-1251"),
    UTF_8("UTF-8"),
    CP866("IBM866");

    private static final Map<Character, Character> DOS_SUBSTITUTES = Map.of(
            'і', 'i', 'І', 'I', 'ґ', 'г', 'Ґ', 'Г', '’', '\'');

    public final Charset charset;

    ExportEncoding(String name) {
        this.charset = Charset.forName(name);
    }

    /** Accepts the names people type: {@code windows-1251}, {@code cp1251}, {@code utf-8}, {@code cp866}, {@code ibm866}. */
    public static ExportEncoding parse(String name) {
        return switch (name.toLowerCase(Locale.ROOT).replace("_", "-")) {
            case "windows-1251", "cp1251", "win1251" -> WINDOWS_1251;
            case "utf-8", "utf8" -> UTF_8;
            case "cp866", "ibm866", "866" -> CP866;
            default -> throw new IllegalArgumentException(
                    "unknown encoding '" + name + "': use windows-1251, utf-8 or cp866");
        };
    }

    /** What the text becomes before encoding: identity except for cp866. */
    public String adapt(String text) {
        if (this != CP866) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            sb.append(DOS_SUBSTITUTES.getOrDefault(c, c));
        }
        return sb.toString();
    }

    Writer writer(OutputStream out) {
        return new OutputStreamWriter(out, charset.newEncoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE));
    }
}
