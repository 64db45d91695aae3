package io.unireg.report;

import io.unireg.normalize.ua.Masking;
import org.junit.jupiter.api.Test;

import java.util.Random;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The hand-written mask against the regular expressions that state its rules. */
class PiiMaskTest {

    private static final Pattern QUOTED = Pattern.compile("'([^']*)'");
    /** PiiMask's dates: {@code \b} spelled out as "no ASCII letter, digit or underscore", as on Java 19+. */
    private static final Pattern DATE = Pattern.compile(
            "(?<![A-Za-z0-9_])(?:\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[./]\\d{1,2}[./]\\d{2,4})(?![A-Za-z0-9_])");
    private static final Pattern DIGITS = Pattern.compile("(?<![\\d*])\\d{6,}(?![\\d*])");

    private static String byExpressions(String message) {
        String s = replace(QUOTED, message, m -> "'" + Masking.identifier(m.group(1)) + "'");
        s = replace(DATE, s, m -> Masking.identifier(m.group()));
        return replace(DIGITS, s, m -> Masking.identifier(m.group()));
    }

    private static String replace(Pattern p, String s, Function<Matcher, String> f) {
        Matcher m = p.matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(f.apply(m)));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private final PiiMask mask = new PiiMask(false);

    @Test
    void masksWhatMessagesQuoteTheirDatesAndLongNumbers() {
        assertThat(mask.message("not a valid RNOKPP: '3112345678' (check digit)"))
                .isEqualTo("not a valid RNOKPP: '31***45678' (check digit)");
        assertThat(mask.message("birth date 1990-05-12 after 31.01.2024, or 1/2/24"))
                .isEqualTo("birth date 19***05-12 after 31***.2024, or 1/***24");
        assertThat(mask.message("record 12345678 and 12345 and 31***45678"))
                .isEqualTo("record 12***78 and 12345 and 31***45678");
        // a date glued to a letter is part of a word; a Cyrillic letter does not glue (see PiiMask)
        assertThat(mask.message("x1990-05-12 ж1990-05-12 1990-05-12_")).isEqualTo("x1990-05-12 ж19***05-12 1990-05-12_");
        assertThat(mask.message("an unpaired ' stays")).isEqualTo("an unpaired ' stays");
        assertThat(new PiiMask(true).message("'3112345678' 1990-05-12")).isEqualTo("'3112345678' 1990-05-12");
        assertThat(mask.message(null)).isEmpty();
    }

    @Test
    void agreesWithTheExpressionsOnRandomMessages() {
        String[] pieces = {"0", "1", "2", "9", "12", "1990", "05", "2024", "123456", "1234567890", ".", "/", "-",
                "*", "'", " ", "a", "Z", "_", "ж", "Ї", "\u0301", "😀", ":", "(", "\n"};
        Random random = new Random(20261204);
        for (int round = 0; round < 200_000; round++) {
            StringBuilder message = new StringBuilder();
            for (int k = random.nextInt(16); k >= 0; k--) {
                message.append(pieces[random.nextInt(pieces.length)]);
            }
            String m = message.toString();
            assertThat(mask.message(m)).as("message %s", m).isEqualTo(byExpressions(m));
        }
    }
}
