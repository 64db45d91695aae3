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
    private static final Pattern BOOKLET = Pattern.compile("[А-ЯІЇЄҐ]{2}\\d{6}");

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
        String value = raw.strip().toUpperCase(Locale.ROOT);
        value = plain(value) ? withoutSeparators(value) : SEPARATORS.matcher(NUMBER_SIGN.matcher(
                WORDS.matcher(PREFIX.matcher(value).replaceFirst("")).replaceAll("")).replaceAll("")).replaceAll("");
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
        String series = "" + toCyrillic(a) + toCyrillic(b);
        String number = series + value.substring(2);
        if (BOOKLET.matcher(number).matches()) {
            return Reading.of(Kind.PASSPORT_BOOKLET, number);
        }
        if (isLatin(a) && isLatin(b)) {
            return Reading.problem(describe(value) + " has a Latin series: a foreign passport? "
                    + "{passport: {allow_foreign: true}} accepts those");
        }
        return Reading.problem(describe(value) + " has a series that is not two Cyrillic letters"
                + " (a Latin letter without a Cyrillic look-alike?)");
    }

    /**
     * Whether PREFIX, WORDS and NUMBER_SIGN cannot match (no ПАСПОРТ/ID at the start, no СЕР…/НОМ…, no №
     * or N): most values ("МК 123456", "012345678") then need only their separators removed, which is
     * done without the regex matchers, the function's main cost.
     */
    private static boolean plain(String value) {
        return !value.startsWith("ПАСПОРТ") && !value.startsWith("ID") && value.indexOf('№') < 0
                && value.indexOf('N') < 0 && !value.contains("СЕР") && !value.contains("НОМ");
    }

    /** {@link #SEPARATORS} removed by hand: {@code \s} (ASCII), no-break space, dashes, '.', ':' and ','. */
    private static String withoutSeparators(String value) {
        int n = value.length();
        int i = 0;
        while (i < n && !isSeparator(value.charAt(i))) {
            i++;
        }
        if (i == n) {
            return value;
        }
        StringBuilder out = new StringBuilder(n);
        out.append(value, 0, i);
        for (; i < n; i++) {
            char c = value.charAt(i);
            if (!isSeparator(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isSeparator(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '\u00A0'
                || c == '-' || (c >= '\u2010' && c <= '\u2015') || c == '.' || c == ':' || c == ',';
    }

    /** Whether {@code value} is a canonical booklet ({@code МК123456}) or ID-card ({@code 012345678}) number. */
    public static boolean isCanonical(String value) {
        return value != null && (Digits.all(value, 9) || BOOKLET.matcher(value).matches());
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
