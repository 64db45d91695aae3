package io.unireg.normalize;

import java.text.ParsePosition;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.Locale;

/**
 * One user-written date pattern compiled for strict parsing. Users write {@code yyyy} as everyone
 * does; under {@link ResolverStyle#STRICT} that is year-of-era and needs an era, so it becomes
 * {@code uuuu}. A two-letter year is read with the pivot: {@code yy} means pivot … pivot+99.
 */
record DatePattern(String source, DateTimeFormatter formatter, NumericDateLayout numeric) {

    private static final Locale UKRAINIAN = Locale.forLanguageTag("uk");

    /** How a value fared against one pattern. */
    enum Fit { NO_MATCH, NO_SUCH_DAY, OK }

    /** What one value made of a pattern: the day on OK; the swapped spelling when only a swap is valid. */
    static final class Reading {
        final NumericDateLayout.Parsed fields = new NumericDateLayout.Parsed();
        /** The day, packed by {@link IsoDay#pack}, when the fit is OK (years 0–9999). */
        int day;
        /** Set instead of {@link #day} when the formatter read a year outside 0–9999. */
        LocalDate wideDate;
        /** On NO_SUCH_DAY: the value with day and month swapped when that is a valid date, else null. */
        String swapped;
        int badMonth;
        int swappedDay;
    }

    static DatePattern compile(ArgReader args, String pattern, int pivotYear) {
        String rewritten = rewriteYears(args, pattern);
        try {
            DateTimeFormatterBuilder builder = new DateTimeFormatterBuilder().parseCaseInsensitive();
            int twoDigitYear = findUnquoted(rewritten, "uu");
            if (twoDigitYear >= 0) {
                builder.appendPattern(rewritten.substring(0, twoDigitYear))
                        .appendValueReduced(ChronoField.YEAR, 2, 2, pivotYear)
                        .appendPattern(rewritten.substring(twoDigitYear + 2));
            } else {
                builder.appendPattern(rewritten);
            }
            DateTimeFormatter formatter = builder.toFormatter(UKRAINIAN).withResolverStyle(ResolverStyle.STRICT);
            return new DatePattern(pattern, formatter, NumericDateLayout.of(pattern, pivotYear));
        } catch (IllegalArgumentException e) {
            throw invalid(args, pattern, e.getMessage());
        }
    }

    /** Parses a whole value, by hand for numeric patterns, else (or when unsure) with the formatter. */
    Fit parse(String value, Reading reading) {
        reading.wideDate = null;
        reading.swapped = null;
        if (numeric != null) {
            NumericDateLayout.Parsed f = reading.fields;
            switch (numeric.parse(value, f)) {
                case OK:
                    reading.day = IsoDay.pack(f.year, f.month, f.day);
                    return Fit.OK;
                case NO_MATCH:
                    return Fit.NO_MATCH;
                case NO_SUCH_DAY:
                    reading.swapped = f.swapped(value);
                    if (reading.swapped != null) {
                        reading.badMonth = f.month;
                        reading.swappedDay = IsoDay.pack(f.year, f.day, f.month);
                    }
                    return Fit.NO_SUCH_DAY;
                default:
                    break; // UNSURE: the formatter decides
            }
        }
        return parseWithFormatter(value, reading);
    }

    /** The formatter path alone (the reference the fast path is tested against). */
    Fit parseWithFormatter(String value, Reading reading) {
        ParsePosition position = new ParsePosition(0);
        // parseUnresolved reports failure without an exception: most values fail most patterns.
        if (formatter.parseUnresolved(value, position) == null
                || position.getErrorIndex() >= 0 || position.getIndex() != value.length()) {
            return Fit.NO_MATCH;
        }
        try {
            LocalDate date = formatter.parse(value, LocalDate::from);
            if (date.getYear() >= 0 && date.getYear() <= 9999) {
                reading.day = IsoDay.pack(date);
            } else {
                reading.wideDate = date;
            }
            return Fit.OK;
        } catch (DateTimeParseException e) {
            return Fit.NO_SUCH_DAY;
        }
    }

    /** y → u outside quotes; a year must be yy or yyyy and day, month and year must all be there. */
    private static String rewriteYears(ArgReader args, String pattern) {
        StringBuilder out = new StringBuilder(pattern.length());
        boolean quoted = false;
        boolean day = false;
        boolean month = false;
        int yearLetters = 0;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted) {
                if (c == 'y' || c == 'u') {
                    c = 'u';
                    yearLetters++;
                    boolean runEnds = i + 1 == pattern.length() || (pattern.charAt(i + 1) != 'y' && pattern.charAt(i + 1) != 'u');
                    if (runEnds && yearLetters != 2 && yearLetters != 4) {
                        throw invalid(args, pattern, "a year is yyyy or yy");
                    }
                } else {
                    yearLetters = 0;
                    day |= c == 'd';
                    month |= c == 'M' || c == 'L';
                }
            }
            out.append(c);
        }
        if (!day || !month || !out.toString().contains("uu")) {
            throw invalid(args, pattern, "it needs a day (d), a month (M) and a year (yyyy or yy)");
        }
        return out.toString();
    }

    private static int findUnquoted(String pattern, String run) {
        boolean quoted = false;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && pattern.startsWith(run, i)) {
                boolean longer = i + run.length() < pattern.length() && pattern.charAt(i + run.length()) == 'u';
                if (!longer) {
                    return i;
                }
                i += 3;
            }
        }
        return -1;
    }

    private static IllegalArgumentException invalid(ArgReader args, String pattern, String why) {
        return args.error("pattern " + Spaces.quote(pattern) + " is invalid: " + why);
    }
}
