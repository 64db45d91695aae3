package io.unireg.source.dbf;

import io.unireg.source.text.EncodingDetector;
import java.nio.charset.Charset;
import java.util.Locale;
import java.util.Map;

/**
 * The charset of a DBF's character data: from the language-driver byte of the header (offset 29)
 * where it names a Cyrillic code page, else from the data itself with the shared
 * {@link EncodingDetector}. A header that says cp866 is still checked against cp1125: Ukrainian DOS
 * programs marked their cp1125 files as 866, there being no driver id for 1125.
 */
final class DbfCodePage {

    /** Language-driver ids of the Cyrillic code pages (dBase IV, FoxPro, Visual FoxPro tables). */
    private static final Map<Integer, String> CYRILLIC = Map.of(
        0x26, "cp866", 0x65, "cp866", 0x6C, "cp866", 0xC9, "windows-1251", 0x96, "x-MacCyrillic");

    private DbfCodePage() {
    }

    /** Decided charset and the reason, for {@code detected}. */
    record Choice(Charset charset, String reason) {
    }

    static Choice choose(int languageDriver, byte[] data, int length) {
        String ldid = String.format(Locale.ROOT, "0x%02X", languageDriver);
        String named = CYRILLIC.get(languageDriver);
        if ("cp866".equals(named)) {
            EncodingDetector.Detection dos = EncodingDetector.dosCyrillic(data, length);
            return new Choice(dos.charset(), "header language driver " + ldid + " (cp866); "
                + (dos.charset().equals(EncodingDetector.CP866) ? "no cp1125-only letters" : "Ukrainian letters say cp1125"));
        }
        if (named != null) {
            return new Choice(Charset.forName(named), "header language driver " + ldid);
        }
        EncodingDetector.Detection guess = EncodingDetector.detect(data, length);
        String because = languageDriver == 0 ? "no code page in the header" : "header language driver " + ldid + " is not Cyrillic";
        return new Choice(guess.charset(), because + "; data: " + guess.reason());
    }
}
