package io.unireg.source.text;

import java.nio.charset.Charset;

/**
 * How much a single-byte decoding of a sample reads like Ukrainian or Russian text.
 *
 * <p>Each byte above 0x7F is decoded with the candidate charset and scored: a Ukrainian/Russian
 * letter earns the log of its frequency in running text, so common letters (о а н и е) outweigh
 * rare ones (ъ ґ); anything else — box drawing, Serbian/Macedonian letters, currency signs — costs
 * more than the rarest letter. A capital straight after a small letter ("рИВЕТ") is penalised:
 * the wrong code page scrambles case in exactly that way. Punctuation that Ukrainian text really
 * uses (« » № – — …) costs little between words and much inside one.
 */
final class CyrillicPlausibility {

    /** Combined Ukrainian/Russian letter frequencies in percent, а…я then і ї є ґ ё. */
    private static final String LETTERS = "абвгдежзийклмнопрстуфхцчшщъыьэюяіїєґё";
    private static final double[] PERCENT = {
        8.0, 1.6, 4.9, 1.6, 3.1, 6.7, 0.9, 1.9, 6.7, 1.2, 3.7, 4.1, 3.2, 6.7, 10.2, 2.9, 4.7, 4.8, 5.6,
        3.1, 0.3, 1.1, 0.7, 1.4, 0.8, 0.4, 0.02, 1.0, 1.8, 0.2, 0.7, 2.1, 2.9, 0.4, 0.3, 0.05, 0.05};

    private static final double JUNK = -6.0;
    private static final double LINE_DRAWING = -8.0;
    private static final double CASE_FLIP = -4.0;
    private static final double PUNCTUATION = -1.0;
    private static final String TEXT_PUNCTUATION = "«»№–—…’‘“”„\u00a0";

    private CyrillicPlausibility() {
    }

    /** Sum of the scores of the sample's high bytes decoded with {@code charset} (single-byte only). */
    static double score(byte[] sample, int length, Charset charset) {
        char[] high = highHalf(charset);
        double total = 0;
        char prev = ' ';
        for (int i = 0; i < length; i++) {
            byte b = sample[i];
            char c = b >= 0 ? (char) b : high[b & 0x7F];
            if (b < 0) {
                total += weight(c, prev);
            }
            prev = c;
        }
        return total;
    }

    private static double weight(char c, char prev) {
        char lower = Character.toLowerCase(c);
        int letter = LETTERS.indexOf(lower);
        if (letter >= 0) {
            double w = Math.log(PERCENT[letter]);
            boolean flip = c != lower && isCyrillic(prev) && Character.isLowerCase(prev);
            return flip ? w + CASE_FLIP : w;
        }
        if (c >= '\u2500' && c <= '\u259F') {
            return LINE_DRAWING;
        }
        if (TEXT_PUNCTUATION.indexOf(c) >= 0) {
            return Character.isLetter(prev) ? JUNK : PUNCTUATION;
        }
        return JUNK;
    }

    private static boolean isCyrillic(char c) {
        return Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC;
    }

    private static char[] highHalf(Charset charset) {
        byte[] bytes = new byte[128];
        for (int i = 0; i < 128; i++) {
            bytes[i] = (byte) (0x80 + i);
        }
        // Unmapped bytes decode to U+FFFD, which scores as junk.
        char[] chars = new String(bytes, charset).toCharArray();
        if (chars.length != 128) {
            throw new IllegalArgumentException(charset + " is not a single-byte charset");
        }
        return chars;
    }
}
