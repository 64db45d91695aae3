package io.unireg.source.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.util.Arrays;

/**
 * cp1125 (RUSCII, RST 2018-91), the Ukrainian DOS code page. It is cp866 except for eight bytes:
 * 0xF2–0xF9 hold Ґ ґ Є є І і Ї ї where cp866 has Є є Ї ї Ў ў ° ∙. The JDK ships no cp1125, so the
 * table is built from the JDK's own IBM866 and patched (checked against Python's cp1125 codec).
 */
public final class Cp1125Charset extends Charset {

    public static final String NAME = "cp1125";
    static final String[] ALIASES = {"ibm1125", "ibm-1125", "x-ibm1125", "1125", "ruscii", "cp866u", "rst-2018-91"};

    /** The characters of bytes 0x80–0xFF. */
    private static final char[] HIGH = buildHigh();
    /** char → byte + 1 (0: not encodable), for the whole BMP. */
    private static final byte[] ENCODE = buildEncode();

    public Cp1125Charset() {
        super(NAME, ALIASES);
    }

    private static char[] buildHigh() {
        byte[] high = new byte[128];
        for (int i = 0; i < 128; i++) {
            high[i] = (byte) (0x80 + i);
        }
        char[] chars = new String(high, Charset.forName("IBM866")).toCharArray();
        char[] ukrainian = {'Ґ', 'ґ', 'Є', 'є', 'І', 'і', 'Ї', 'ї'};
        System.arraycopy(ukrainian, 0, chars, 0xF2 - 0x80, ukrainian.length);
        return chars;
    }

    private static byte[] buildEncode() {
        byte[] table = new byte[Character.MAX_VALUE + 1];
        Arrays.fill(table, (byte) 0);
        for (int c = 0; c < 0x80; c++) {
            table[c] = (byte) (c + 1);
        }
        for (int i = 0; i < 128; i++) {
            table[HIGH[i]] = (byte) (0x80 + i + 1);
        }
        return table;
    }

    /** The character byte {@code b} stands for. */
    static char charOf(byte b) {
        return b >= 0 ? (char) b : HIGH[b & 0x7F];
    }

    @Override
    public boolean contains(Charset cs) {
        return cs.name().equals(NAME) || cs.name().equals("US-ASCII");
    }

    @Override
    public CharsetDecoder newDecoder() {
        return new CharsetDecoder(this, 1f, 1f) {
            @Override
            protected CoderResult decodeLoop(ByteBuffer in, CharBuffer out) {
                while (in.hasRemaining()) {
                    if (!out.hasRemaining()) {
                        return CoderResult.OVERFLOW;
                    }
                    out.put(charOf(in.get()));
                }
                return CoderResult.UNDERFLOW;
            }
        };
    }

    @Override
    public CharsetEncoder newEncoder() {
        return new CharsetEncoder(this, 1f, 1f) {
            @Override
            protected CoderResult encodeLoop(CharBuffer in, ByteBuffer out) {
                while (in.hasRemaining()) {
                    char c = in.get(in.position());
                    int b = ENCODE[c] & 0xFF;
                    if (b == 0) {
                        return Character.isSurrogate(c) ? CoderResult.malformedForLength(1) : CoderResult.unmappableForLength(1);
                    }
                    if (!out.hasRemaining()) {
                        return CoderResult.OVERFLOW;
                    }
                    out.put((byte) (b - 1));
                    in.position(in.position() + 1);
                }
                return CoderResult.UNDERFLOW;
            }

            @Override
            public boolean canEncode(char c) {
                return ENCODE[c] != 0;
            }
        };
    }
}
