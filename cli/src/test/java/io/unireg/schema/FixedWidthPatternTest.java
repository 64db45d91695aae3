package io.unireg.schema;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The hand matcher for fixed patterns answers as java.util.regex would, and takes only patterns it can. */
class FixedWidthPatternTest {

    private static final List<String> FIXED = List.of("^\\d{10}$", "^\\d{8}-\\d{5}$", "^UA\\d{17}$", "UA\\d{17}",
            "\\d{3}", "\\d", "AB-\\d{2}:\\d/x_y@0", "^a{3}\\d{0}b$", "^\\d{03}$");

    @Test
    void takesTheSchemasIdentifierPatterns() {
        assertThat(FIXED).allSatisfy(regex -> assertThat(FixedWidthPattern.compile(regex)).as(regex).isNotNull());
    }

    @Test
    void leavesEverythingElseToTheRegexEngine() {
        List<String> others = List.of("\\d+", "\\d*", "\\d?", "\\d{2,4}", "\\d{2,}", "[0-9]{3}", "a|b", "(ab)", "a.c",
                "\\w{3}", "\\D", "\\d{3", "\\d{}", "^$", "^", "$", "", "a\\$", "\\1", "\\d{3}?", "\\d{3}+", "(?i)ab",
                "a b", "Ї\\d", "\\p{L}", "a^b", "a$b", "\\d{12345}");
        assertThat(others).allSatisfy(regex -> assertThat(FixedWidthPattern.compile(regex)).as(regex).isNull());
    }

    @Test
    void agreesWithTheRegexEngineOnRandomValues() {
        // ASCII and non-ASCII digits, look-alike letters, the literals, a trailing line break $ would stop before
        char[] alphabet = "0123456789UAuaxyb-:/_@\n\r٣０ＵΑ".toCharArray();
        Random random = new Random(7);
        for (String regex : FIXED) {
            FixedWidthPattern fixed = FixedWidthPattern.compile(regex);
            Pattern jdk = Pattern.compile(regex);
            for (int n = 0; n < 20_000; n++) {
                String value = n % 2 == 0 ? randomText(random, alphabet, 25) : mutate(random, example(regex), alphabet);
                assertThat(fixed.matches(value)).as("%s on %s", regex, value).isEqualTo(jdk.matcher(value).matches());
            }
        }
    }

    /** A value the regex matches: every \d becomes a digit, the rest stays as written. */
    private static String example(String regex) {
        String body = regex.replace("^", "").replace("$", "");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            String unit;
            if (c == '\\') {
                unit = "7";
                i++;
            } else {
                unit = String.valueOf(c);
            }
            int count = 1;
            if (i + 1 < body.length() && body.charAt(i + 1) == '{') {
                int close = body.indexOf('}', i);
                count = Integer.parseInt(body.substring(i + 2, close));
                i = close;
            }
            out.append(unit.repeat(count));
        }
        return out.toString();
    }

    private static String mutate(Random random, String value, char[] alphabet) {
        StringBuilder sb = new StringBuilder(value);
        switch (random.nextInt(5)) {
            case 0 -> { } // unchanged: must match
            case 1 -> sb.append(alphabet[random.nextInt(alphabet.length)]);
            case 2 -> {
                if (sb.length() > 0) {
                    sb.deleteCharAt(random.nextInt(sb.length()));
                }
            }
            default -> {
                if (sb.length() > 0) {
                    sb.setCharAt(random.nextInt(sb.length()), alphabet[random.nextInt(alphabet.length)]);
                }
            }
        }
        return sb.toString();
    }

    private static String randomText(Random random, char[] alphabet, int maxLength) {
        int n = random.nextInt(maxLength);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(alphabet[random.nextInt(alphabet.length)]);
        }
        return sb.toString();
    }
}
