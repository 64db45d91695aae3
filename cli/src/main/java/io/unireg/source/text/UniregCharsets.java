package io.unireg.source.text;

import java.nio.charset.Charset;
import java.nio.charset.spi.CharsetProvider;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * Makes the charsets the JDK lacks (cp1125) known to {@link Charset#forName}, so every reader of
 * text — CSV, JSON, DBF, reference tables — accepts them by name. Registered in
 * {@code META-INF/services/java.nio.charset.spi.CharsetProvider}.
 */
public final class UniregCharsets extends CharsetProvider {

    private static final Charset CP1125 = new Cp1125Charset();

    /** The cp1125 charset, without a service lookup. */
    public static Charset cp1125() {
        return CP1125;
    }

    @Override
    public Iterator<Charset> charsets() {
        return List.of(CP1125).iterator();
    }

    @Override
    public Charset charsetForName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.equals(Cp1125Charset.NAME)) {
            return CP1125;
        }
        for (String alias : Cp1125Charset.ALIASES) {
            if (alias.equals(n)) {
                return CP1125;
            }
        }
        return null;
    }
}
