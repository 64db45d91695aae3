package io.unireg.normalize.ua;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Ukrainian identity documents as exports write them: the 1994 passport booklet (two Cyrillic capitals and
 * 6 digits, {@code МК123456}), the ID card (9 digits, {@code 012345678}) and, when the caller allows it, the
 * foreign passport (two Latin capitals and 6 digits). Latin look-alikes in a booklet series (a clerk on the
 * wrong keyboard layout) are repaired to Cyrillic.
 */
public final class Passport {

    /** The kinds, named as eddr-person's {@code document_type} enum names them. */
    public enum Kind {
        PASSPORT_BOOKLET("passport_booklet"),
        ID_CARD("id_card"),
        FOREIGN_PASSPORT("foreign_passport");

        public final String code;

        Kind(String code) {
            this.code = code;
        }
    }

    /** A recognised document: its kind and canonical number. */
    public record Document(Kind kind, String number) {
    }

    /** Either a document or, when {@code document} is null, why the value is not one (no full number in it). */
    public record Reading(Document document, String problem) {
        static Reading of(Kind kind, String number) {
            return new Reading(new Document(kind, number), null);
        }

        static Reading problem(String problem) {
            return new Reading(null, problem);
        }
    }

    /** Latin capitals that look like Cyrillic ones, and those Cyrillic ones (Latin I is the Ukrainian І). */
    private static final String LATIN = "ABCEHIKMOPTX";
    private static final String CYRILLIC = "АВСЕНІКМОРТХ";

    private static final Pattern PREFIX = Pattern.compile(
            "^(?:ПАСПОРТ(?:\\s*ГРОМАДЯНИНА\\s*УКРАЇНИ)?|ID[\\s-]*(?:КАРТКА|КАРТА|CARD)?)\\s*[:.]?");
    private static final Pattern WORDS = Pattern.compile("СЕРІЯ|СЕРІЇ|СЕР\\.|НОМЕР|НОМ\\.");
    /** № and its stand-ins (N, No) before the digits; not inside a word, so a series letter N stays. */
    private static final Pattern NUMBER_SIGN = Pattern.compile("(?<!\\p{L})(?:№|NO\\.?|N)\\s*(?=\\d)|№");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\u00A0\\-\\u2010-\\u2015.:,]+");

    private Passport() {
    }

    /**
     * A job reads one document column for the number and again for the kind, on the same thread and row
     * after row: the last reading per thread is kept, so each value is read once.
     */
    private static final class Last {
        String raw;
        boolean allowForeign;
        Reading reading;
    }

    private static final ThreadLocal<Last> LAST = ThreadLocal.withInitial(Last::new);

    /** Reads a messy value: prefixes ("паспорт", "ID-картка №"), spaces, № and look-alike letters dealt with. */
    public static Reading read(String raw, boolean allowForeign) {
        Last last = LAST.get();
        if (last.allowForeign == allowForeign && raw.equals(last.raw)) {
            return last.reading;
        }
        Reading reading = readUncached(raw, allowForeign);
        last.raw = raw;
        last.allowForeign = allowForeign;
        last.reading = reading;
        return reading;
    }

    private static Reading readUncached(String raw, boolean allowForeign) {
        String value = clean(raw.strip().toUpperCase(Locale.ROOT));
        if (Digits.all(value, 9)) {
            return Reading.of(Kind.ID_CARD, value);
        }
        if (value.length() != 8 || !Character.isLetter(value.charAt(0)) || !Character.isLetter(value.charAt(1))
                || !Digits.all(value.substring(2), 6)) {
            return Reading.problem(describe(value) + " is not a passport number: expected two letters and 6 digits"
                    + " (booklet) or 9 digits (ID card)");
        }
        char a = value.charAt(0);
        char b = value.charAt(1);
        if (isLatin(a) && isLatin(b) && allowForeign) {
            return Reading.of(Kind.FOREIGN_PASSPORT, value);
        }
        char x = toCyrillic(a);
        char y = toCyrillic(b);
        if (isSeriesLetter(x) && isSeriesLetter(y)) {
            return Reading.of(Kind.PASSPORT_BOOKLET, x == a && y == b ? value : "" + x + y + value.substring(2));
        }
        if (isLatin(a) && isLatin(b)) {
            return Reading.problem(describe(value) + " has a Latin series: a foreign passport? "
                    + "{passport: {allow_foreign: true}} accepts those");
        }
        return Reading.problem(describe(value) + " has a series that is not two Cyrillic letters"
                + " (a Latin letter without a Cyrillic look-alike?)");
    }

    /**
     * The upper-cased value without its prefix, series/number words, № and separators: {@link #cleanWithPatterns},
     * by hand whenever that gives the same text, since the regex matchers are the function's main cost.
     * After the prefix, a text without СЕР, НОМ or N has nothing for WORDS to remove and nothing for NUMBER_SIGN
     * but each № with, at most, the spaces after it, which SEPARATORS would remove anyway.
     */
    static String clean(String value) {
        int from = prefixEnd(value);
        if (value.indexOf('N', from) >= 0 || value.indexOf("СЕР", from) >= 0 || value.indexOf("НОМ", from) >= 0) {
            return cleanWithPatterns(value);
        }
        return withoutSeparators(value, from);
    }

    static String cleanWithPatterns(String value) {
        return SEPARATORS.matcher(NUMBER_SIGN.matcher(
                WORDS.matcher(PREFIX.matcher(value).replaceFirst("")).replaceAll("")).replaceAll("")).replaceAll("");
    }

    /** Where {@link #PREFIX} ends in {@code value}, matched by hand; 0 when the value has none. */
    private static int prefixEnd(String value) {
        int i;
        if (value.startsWith("ПАСПОРТ")) {
            i = "ПАСПОРТ".length();
            int citizen = skipSpaces(value, i);
            if (value.startsWith("ГРОМАДЯНИНА", citizen)) {
                int country = skipSpaces(value, citizen + "ГРОМАДЯНИНА".length());
                if (value.startsWith("УКРАЇНИ", country)) {
                    i = country + "УКРАЇНИ".length();
                }
            }
        } else if (value.startsWith("ID")) {
            i = 2;
            while (i < value.length() && (isSpace(value.charAt(i)) || value.charAt(i) == '-')) {
                i++;
            }
            for (String card : new String[] {"КАРТКА", "КАРТА", "CARD"}) {
                if (value.startsWith(card, i)) {
                    i += card.length();
                    break;
                }
            }
        } else {
            return 0;
        }
        i = skipSpaces(value, i);
        return i < value.length() && (value.charAt(i) == ':' || value.charAt(i) == '.') ? i + 1 : i;
    }

    private static int skipSpaces(String value, int from) {
        int i = from;
        while (i < value.length() && isSpace(value.charAt(i))) {
            i++;
        }
        return i;
    }

    /** A regex {@code \s}: ASCII whitespace only. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** {@code value} from {@code from} on, without {@link #SEPARATORS} and №. */
    private static String withoutSeparators(String value, int from) {
        int n = value.length();
        int i = from;
        while (i < n && !isDropped(value.charAt(i))) {
            i++;
        }
        if (i == n) {
            return value.substring(from);
        }
        StringBuilder out = new StringBuilder(n - from);
        out.append(value, from, i);
        for (; i < n; i++) {
            char c = value.charAt(i);
            if (!isDropped(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The chars of {@link #SEPARATORS}, and №. */
    private static boolean isDropped(char c) {
        return c == '№' || isSpace(c) || c == '\u00A0' || c == '-' || (c >= '\u2010' && c <= '\u2015')
                || c == '.' || c == ':' || c == ',';
    }

    /** Whether {@code value} is a canonical booklet ({@code МК123456}) or ID-card ({@code 012345678}) number. */
    public static boolean isCanonical(String value) {
        return value != null && (Digits.all(value, 9) || value.length() == 8 && isSeriesLetter(value.charAt(0))
                && isSeriesLetter(value.charAt(1)) && Digits.all(value.subSequence(2, 8), 6));
    }

    /** A capital of the booklet series alphabet: А–Я, І, Ї, Є, Ґ. */
    private static boolean isSeriesLetter(char c) {
        return c >= 'А' && c <= 'Я' || c == 'І' || c == 'Ї' || c == 'Є' || c == 'Ґ';
    }

    private static boolean isLatin(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static char toCyrillic(char c) {
        int i = LATIN.indexOf(c);
        return i < 0 ? c : CYRILLIC.charAt(i);
    }

    private static String describe(String cleaned) {
        return "document " + Masking.identifier(cleaned);
    }
}
