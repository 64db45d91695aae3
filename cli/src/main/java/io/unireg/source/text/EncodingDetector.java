package io.unireg.source.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Guesses the charset of a municipal export from its first bytes.
 *
 * <p>Order of evidence: a byte order mark; pure ASCII (read as UTF-8); bytes that are valid UTF-8
 * (a legacy Cyrillic text almost never is), or nearly so ({@link #MULTI_BYTE_PER_MALFORMED}); otherwise the single-byte code page whose decoding reads
 * most like Ukrainian/Russian ({@link CyrillicPlausibility}) among windows-1251, cp866, cp1125 and
 * KOI8-U.
 *
 * <p>cp866 and cp1125 differ only in bytes 0xF2–0xF9. Where cp866 reads Є є Ї ї, cp1125 reads Ґ ґ Є є,
 * both plausible, so those four bytes alone cannot tell them apart; cp866 is assumed (DOS-era programs
 * wrote Ukrainian in cp866 with Latin I i). Only І і Ї ї — bytes 0xF6–0xF9, which cp866 spends on
 * Ў ў ° ∙ — are evidence of cp1125, and they are frequent in any Ukrainian text of some length.
 * One detector serves every text source (CSV, JSON, NDJSON, DBF character data).
 */
public final class EncodingDetector {

    /** How many leading bytes detection looks at. */
    public static final int SAMPLE_BYTES = 64 * 1024;

    public static final Charset WINDOWS_1251 = Charset.forName("windows-1251");
    public static final Charset CP866 = Charset.forName("IBM866");
    public static final Charset CP1125 = UniregCharsets.cp1125();
    public static final Charset KOI8_U = Charset.forName("KOI8-U");
    /**
     * How many well-formed multi-byte characters a sample needs per malformed sequence to still be
     * UTF-8. One damaged byte in an export that is otherwise UTF-8 must not turn every value into
     * mojibake; the damaged value is rejected later, as its U+FFFD shows. A legacy Cyrillic text read as
     * UTF-8 comes nowhere near: its small letters (0xE0–0xFF in windows-1251 and KOI8-U, 0xA0–0xAF and
     * 0xE0–0xEF in cp866) make malformed sequences almost everywhere, and the few byte pairs that happen
     * to be well-formed ("РІ" in windows-1251 is UTF-8 "в") are fewer than the malformed ones, not a
     * hundred times more.
     */
    static final int MULTI_BYTE_PER_MALFORMED = 100;
    /** In order of preference when scores tie. */
    private static final List<Charset> SINGLE_BYTE_CANDIDATES = List.of(WINDOWS_1251, CP866, CP1125, KOI8_U);

    /** The guess, whether a BOM was found (and must be skipped), and why, for the profile and the manifest. */
    public record Detection(Charset charset, boolean bom, String reason) {

        /** Bytes of byte order mark at the start of the file. */
        public int bomLength() {
            if (!bom) {
                return 0;
            }
            return charset.equals(StandardCharsets.UTF_8) ? 3 : 2;
        }
    }

    private EncodingDetector() {
    }

    public static Detection detect(byte[] sample) {
        return detect(sample, sample.length);
    }

    /** Looks at the first {@code length} bytes of {@code sample} (at most {@link #SAMPLE_BYTES}). */
    public static Detection detect(byte[] sample, int length) {
        int n = Math.min(length, SAMPLE_BYTES);
        Detection bom = byteOrderMark(sample, n);
        if (bom != null) {
            return bom;
        }
        if (isAscii(sample, n)) {
            return new Detection(StandardCharsets.UTF_8, false, "ASCII only");
        }
        Utf8Reading utf8 = Utf8Reading.of(sample, n);
        if (utf8.malformed() == 0 || utf8.multiByte() >= (long) MULTI_BYTE_PER_MALFORMED * utf8.malformed()) {
            String what = utf8.cyrillic() ? "valid UTF-8 with Cyrillic" : "valid UTF-8";
            if (utf8.malformed() > 0) {
                what = "mostly " + what + ": " + utf8.malformed() + " malformed sequence(s) among "
                    + utf8.multiByte() + " multi-byte characters in the sample (read as U+FFFD)";
            }
            return new Detection(StandardCharsets.UTF_8, false, what);
        }
        return bestSingleByte(sample, n, SINGLE_BYTE_CANDIDATES);
    }

    /**
     * The DOS code page of text already known to be DOS Cyrillic (a DBF header says cp866): cp866 or
     * cp1125, by the Ukrainian letters.
     */
    public static Detection dosCyrillic(byte[] sample, int length) {
        return bestSingleByte(sample, Math.min(Math.min(length, sample.length), SAMPLE_BYTES), List.of(CP866, CP1125));
    }

    private static Detection bestSingleByte(byte[] sample, int n, List<Charset> candidates) {
        Charset best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        StringBuilder scores = new StringBuilder();
        for (Charset candidate : candidates) {
            double score = CyrillicPlausibility.score(sample, n, candidate);
            scores.append(scores.length() == 0 ? "" : ", ").append(candidate.name()).append(' ')
                .append(String.format(Locale.ROOT, "%.0f", score));
            if (score > bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        if (best.equals(CP1125) && !hasCp1125OnlyLetters(sample, n)) {
            return new Detection(CP866, false, "not UTF-8; DOS Cyrillic without І і Ї ї bytes, so cp866 (cp1125 reads the same): plausibility " + scores);
        }
        return new Detection(best, false, "not UTF-8; Cyrillic reads best as " + best.name() + ": plausibility " + scores);
    }

    /** Bytes 0xF6–0xF9: І і Ї ї in cp1125, Ў ў ° ∙ in cp866. */
    private static boolean hasCp1125OnlyLetters(byte[] b, int n) {
        for (int i = 0; i < n; i++) {
            int v = b[i] & 0xFF;
            if (v >= 0xF6 && v <= 0xF9) {
                return true;
            }
        }
        return false;
    }

    /** Checks for a UTF-8 or UTF-16 byte order mark. */
    static Detection byteOrderMark(byte[] b, int n) {
        if (n >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return new Detection(StandardCharsets.UTF_8, true, "UTF-8 byte order mark");
        }
        if (n >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return new Detection(StandardCharsets.UTF_16LE, true, "UTF-16LE byte order mark");
        }
        if (n >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return new Detection(StandardCharsets.UTF_16BE, true, "UTF-16BE byte order mark");
        }
        return null;
    }

    private static boolean isAscii(byte[] b, int n) {
        for (int i = 0; i < n; i++) {
            if (b[i] < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * A sample read as UTF-8: its well-formed multi-byte characters, whether any is Cyrillic, and its
     * malformed sequences (each as the decoder reports it, so as many as a reader would put U+FFFD for).
     */
    private record Utf8Reading(int multiByte, boolean cyrillic, int malformed) {

        static Utf8Reading of(byte[] b, int n) {
            CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
            ByteBuffer in = ByteBuffer.wrap(b, 0, n);
            CharBuffer out = CharBuffer.allocate(n);
            int malformed = 0;
            for (CoderResult result = decoder.decode(in, out, false); result.isError(); result = decoder.decode(in, out, false)) {
                malformed++;
                in.position(in.position() + result.length());
            }
            out.flip();
            int multiByte = 0;
            boolean cyrillic = false;
            for (int i = 0; i < out.length(); i++) {
                char c = out.charAt(i);
                if (c > 0x7F) {
                    multiByte++;
                    cyrillic |= c >= '\u0400' && c <= '\u04FF'; // the Cyrillic block
                }
            }
            // Bytes left over form a valid but incomplete character: the sample may have been cut inside
            // one. Only believe that after a complete multi-byte character, or "ЄВА" in cp866 (F2 82 80)
            // would pass as a cut-off UTF-8 sequence.
            if (in.hasRemaining() && multiByte == 0) {
                malformed++;
            }
            return new Utf8Reading(multiByte, cyrillic, malformed);
        }
    }
}
