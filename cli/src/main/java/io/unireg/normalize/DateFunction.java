package io.unireg.normalize;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * {@code date}: many spellings of a date → ISO {@code yyyy-MM-dd}. Patterns are tried in order,
 * numeric ones by hand ({@link NumericDateLayout}), then a month in words ({@link MonthWords});
 * a value no pattern reads may be an Excel serial number (see {@link ExcelSerial}). With
 * {@code excel_serial: auto} (the default) only 4–5 digit integers count as serials, and a 4-digit
 * 1800–2099 is taken as a bare year and rejected rather than read as a 1905 date; {@code true}
 * reads any 1–5 digit number as a serial, {@code false} never. Dates before {@code min}
 * (default 1900-01-01) or after {@code max} (default today) are rejected.
 *
 * <p>A value no pattern reads but that would be a date with day and month swapped ("03.25.1985"
 * under dd.MM.yyyy) is flagged, not fixed: the rejection says which swap would make it valid,
 * because a clerk typing month-first once may have done so in values that do read (03.04.1985).
 * {@code swap: accept} takes the swapped date instead. Only numeric patterns detect swaps.
 */
final class DateFunction implements FunctionLibrary {

    static final String NAME = "date";
    static final List<String> DEFAULT_PATTERNS = List.of("d.M.yyyy", "yyyy-MM-dd");
    static final LocalDate DEFAULT_MIN = LocalDate.of(1900, 1, 1);
    private static final Set<String> OPTIONS = Set.of("patterns", "pivot_year", "min", "max", "excel_serial",
            "words", "swap");

    enum Serial { AUTO, TRUE, FALSE }

    @Override
    public List<FunctionSpec> functions() {
        return List.of(new FunctionSpec(NAME,
                "Reads a date with Java patterns tried in order (strict: no 31.02), or an Excel serial number, and writes yyyy-MM-dd; "
                        + "rejects dates before min (1900-01-01) or after max (today). yy years fall in pivot_year … pivot_year+99 "
                        + "(default: the 100 years up to this year). excel_serial: auto reads 4–5 digit numbers except bare years 1800–2099; "
                        + "true reads any number up to 5 digits; false none. words: true (default) also reads Ukrainian and Russian "
                        + "month names (12 березня 1985 р., 12 марта 1985 г.). A day and month that are valid only swapped are rejected "
                        + "naming the swap (swap: flag), or swapped (swap: accept). No argument: d.M.yyyy, yyyy-MM-dd.",
                "{date: [dd.MM.yyyy, d.M.yy]} or {date: {patterns: [dd.MM.yyyy], pivot_year: 1930, min: 1900-01-01, max: today, "
                        + "excel_serial: auto, words: true, swap: flag}} or {date: {words: true}}",
                "\"12 березня 1985 р.\" → \"1985-03-12\"",
                args -> create(args, LocalDate.now())));
    }

    static Normaliser create(FunctionArgs raw, LocalDate today) {
        ArgReader args = ArgReader.of(NAME, raw);
        List<String> patterns = DEFAULT_PATTERNS;
        int pivot = today.getYear() - 99;
        LocalDate min = DEFAULT_MIN;
        LocalDate max = today;
        boolean maxIsToday = true;
        Serial serial = Serial.AUTO;
        boolean words = true;
        boolean acceptSwap = false;
        if (args.isObject()) {
            ArgReader.Options options = args.options(OPTIONS);
            if (options.has("patterns")) {
                patterns = options.texts("patterns");
            }
            pivot = options.integer("pivot_year", pivot);
            min = bound(args, options.text("min", null), today, min);
            maxIsToday = !options.has("max") || options.text("max", "today").equals("today");
            max = bound(args, options.text("max", null), today, max);
            serial = Serial.valueOf(options.choice("excel_serial", List.of("auto", "true", "false"), "auto").toUpperCase(java.util.Locale.ROOT));
            words = options.bool("words", true);
            acceptSwap = options.choice("swap", List.of("flag", "accept"), "flag").equals("accept");
        } else if (!args.isEmpty()) {
            patterns = args.texts("a pattern or a list of patterns");
        }
        if (min.isAfter(max)) {
            throw args.error("min " + min + " is after max " + max);
        }
        DatePattern[] compiled = new DatePattern[patterns.size()];
        for (int i = 0; i < compiled.length; i++) {
            compiled[i] = DatePattern.compile(args, patterns.get(i), pivot);
        }
        return new DateParser(compiled, String.join(" or ", patterns), serial, IsoDay.pack(min), IsoDay.pack(max),
                min, max, maxIsToday, words, pivot, acceptSwap);
    }

    private static LocalDate bound(ArgReader args, String text, LocalDate today, LocalDate fallback) {
        if (text == null) {
            return fallback;
        }
        if (text.equals("today")) {
            return today;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeException e) {
            throw args.error("min and max expect a date yyyy-MM-dd or today, found " + Spaces.quote(text));
        }
    }

    private record DateParser(DatePattern[] patterns, String expected, Serial serial, int minDay, int maxDay,
                              LocalDate min, LocalDate max, boolean maxIsToday, boolean words, int pivot,
                              boolean acceptSwap) implements Normaliser {

        @Override
        public Outcome apply(String raw, RowContext row) {
            if (raw == null) {
                return Outcome.missing();
            }
            String value = Spaces.trim(raw);
            if (value.isEmpty()) {
                return Outcome.missing();
            }
            DatePattern.Reading reading = new DatePattern.Reading();
            boolean noSuchDay = false;
            String swapped = null;
            int badMonth = 0;
            int swappedDay = 0;
            for (DatePattern pattern : patterns) {
                DatePattern.Fit fit = pattern.parse(value, reading);
                if (fit == DatePattern.Fit.OK) {
                    return checked(reading);
                }
                if (fit == DatePattern.Fit.NO_SUCH_DAY) {
                    noSuchDay = true;
                    if (swapped == null && reading.swapped != null) {
                        swapped = reading.swapped;
                        badMonth = reading.badMonth;
                        swappedDay = reading.swappedDay;
                    }
                }
            }
            if (words && !noSuchDay && MonthWords.mayHoldWords(value)) {
                DatePattern.Fit fit = MonthWords.parse(value, pivot, reading);
                if (fit == DatePattern.Fit.OK) {
                    return checked(reading);
                }
                noSuchDay = fit == DatePattern.Fit.NO_SUCH_DAY;
            }
            if (swapped != null) {
                if (acceptSwap) {
                    reading.day = swappedDay;
                    reading.wideDate = null;
                    return checked(reading);
                }
                return Outcome.reject(NAME, "month " + badMonth + " invalid; " + swapped + " if day and month are swapped");
            }
            if (noSuchDay) {
                return Outcome.reject(NAME, "not a date: " + Spaces.quote(value) + " (no such day)");
            }
            Outcome fromSerial = fromSerial(value);
            return fromSerial != null ? fromSerial
                    : Outcome.reject(NAME, "not a date: " + Spaces.quote(value) + " (expected " + expected + ")");
        }

        private Outcome checked(DatePattern.Reading reading) {
            if (reading.wideDate != null) {
                return checked(reading.wideDate);
            }
            int day = reading.day;
            if (day < minDay || day > maxDay) {
                return checked(LocalDate.of(day / 10000, day / 100 % 100, day % 100));
            }
            return Outcome.ok(IsoDay.format(day));
        }

        /** {@code null} when the value is not a serial in this mode. */
        private Outcome fromSerial(String value) {
            if (serial == Serial.FALSE) {
                return null;
            }
            long days = serial == Serial.AUTO ? ExcelSerial.wholeDays(value, 4, 5) : ExcelSerial.wholeDays(value, 1, 5);
            if (days < 0) {
                return null;
            }
            if (serial == Serial.AUTO && days >= 1800 && days <= 2099) {
                return Outcome.reject(NAME, "not a date: " + Spaces.quote(value) + " (a year alone)");
            }
            if (days == 0 || days == ExcelSerial.FAKE_LEAP_DAY) {
                return Outcome.reject(NAME, "not a date: Excel serial " + days + " has no date (Excel's 1900-02-29 or day 0)");
            }
            return checked(ExcelSerial.toDate(days));
        }

        private Outcome checked(LocalDate date) {
            if (date.isBefore(min)) {
                return Outcome.reject(NAME, "date " + date + " is before " + min);
            }
            if (date.isAfter(max)) {
                return Outcome.reject(NAME, "date " + date + (maxIsToday ? " is in the future" : " is after " + max));
            }
            return Outcome.ok(date.toString());
        }
    }
}
