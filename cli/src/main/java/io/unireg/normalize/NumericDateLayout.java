package io.unireg.normalize;

import java.util.ArrayList;
import java.util.List;

/**
 * The fast path of {@code date} for purely numeric patterns ({@code dd.MM.yyyy}, {@code d.M.yy},
 * {@code yyyy-MM-dd}, {@code dd/MM/yyyy} …): day, month and year fields separated by literal
 * punctuation. It reads digits by hand because {@link java.time.format.DateTimeFormatter} costs
 * microseconds per value and {@code date} runs on every row of million-row files.
 *
 * <p>It must agree with the formatter path in {@link DatePattern} on every value it decides; a
 * value it is not sure about (a sign, a day written with three digits, a five-digit year …) it
 * leaves to the formatter by answering {@link Result#UNSURE}. {@code NumericDateLayoutTest} compares
 * both paths over every day 1900–2030.
 */
final class NumericDateLayout {

    enum Field { DAY, MONTH, YEAR }

    /** What the fast path made of a value. */
    enum Result { NO_MATCH, NO_SUCH_DAY, OK, UNSURE }

    /** One field: which part of the date, how many digits the pattern fixes (0 = 1 or 2, as d and M read). */
    private record Slot(Field field, int width) {
    }

    private final Slot[] slots;
    private final String[] separators; // separators[i] follows slots[i]; the last is ""
    private final int pivotYear;

    private NumericDateLayout(Slot[] slots, String[] separators, int pivotYear) {
        this.slots = slots;
        this.separators = separators;
        this.pivotYear = pivotYear;
    }

    /**
     * The layout of a user pattern, or {@code null} when the pattern is not three numeric fields
     * (d, dd, M, MM, yy, yyyy/uuuu) separated by punctuation that needs no quoting.
     */
    static NumericDateLayout of(String pattern, int pivotYear) {
        List<Slot> slots = new ArrayList<>(3);
        List<String> separators = new ArrayList<>(3);
        int i = 0;
        int n = pattern.length();
        while (i < n) {
            char c = pattern.charAt(i);
            int run = 1;
            while (i + run < n && pattern.charAt(i + run) == c) {
                run++;
            }
            Slot slot = slot(c, run);
            if (slot == null) {
                return null;
            }
            slots.add(slot);
            i += run;
            int start = i;
            while (i < n && isSeparator(pattern.charAt(i))) {
                i++;
            }
            if (i == start && i < n) {
                return null; // adjacent fields: the formatter's adjacent-value parsing decides those
            }
            separators.add(pattern.substring(start, i));
        }
        if (slots.size() != 3 || slots.stream().map(Slot::field).distinct().count() != 3
                || !separators.get(2).isEmpty()) {
            return null;
        }
        return new NumericDateLayout(slots.toArray(Slot[]::new), separators.toArray(String[]::new), pivotYear);
    }

    private static Slot slot(char c, int run) {
        return switch (c) {
            case 'd' -> run == 1 ? new Slot(Field.DAY, 0) : run == 2 ? new Slot(Field.DAY, 2) : null;
            case 'M' -> run == 1 ? new Slot(Field.MONTH, 0) : run == 2 ? new Slot(Field.MONTH, 2) : null;
            case 'y', 'u' -> run == 2 || run == 4 ? new Slot(Field.YEAR, run) : null;
            default -> null;
        };
    }

    /** Characters a DateTimeFormatter pattern takes literally without quotes, digits excluded. */
    private static boolean isSeparator(char c) {
        return !Character.isLetterOrDigit(c) && "[]{}#'".indexOf(c) < 0;
    }

    /** Parses {@code value}; on OK or NO_SUCH_DAY {@code out} holds the fields read (day, month, year and where they were). */
    Result parse(String value, Parsed out) {
        int pos = 0;
        int n = value.length();
        for (int s = 0; s < 3; s++) {
            Slot slot = slots[s];
            int start = pos;
            int number = 0;
            while (pos < n && pos - start < 5) {
                char c = value.charAt(pos);
                if (c < '0' || c > '9') {
                    break;
                }
                number = number * 10 + (c - '0');
                pos++;
            }
            int digits = pos - start;
            if (slot.width == 0) {
                // d and M read any number of digits and a sign: leave the unusual ones to the formatter.
                if (digits == 0 || digits > 2) {
                    return digits == 0 && !startsWithSign(value, pos) ? Result.NO_MATCH : Result.UNSURE;
                }
            } else if (slot.field == Field.YEAR && slot.width == 4) {
                if (digits != 4 || (pos < n && isDigit(value.charAt(pos)))) {
                    return Result.UNSURE; // yyyy reads longer and signed years
                }
            } else if (digits != 2) {
                return Result.NO_MATCH; // dd, MM and yy read exactly two digits, no sign
            }
            out.set(slot.field, number, start, pos);
            String separator = separators[s];
            if (!value.startsWith(separator, pos)) {
                return Result.NO_MATCH;
            }
            pos += separator.length();
        }
        if (pos != n) {
            return Result.NO_MATCH;
        }
        if (findWidth(Field.YEAR) == 2) {
            out.year = twoDigitYear(out.year);
        }
        return IsoDay.isValid(out.year, out.month, out.day) ? Result.OK : Result.NO_SUCH_DAY;
    }

    private int findWidth(Field field) {
        for (Slot slot : slots) {
            if (slot.field == field) {
                return slot.width;
            }
        }
        throw new IllegalStateException("no " + field);
    }

    /** As {@code appendValueReduced(YEAR, 2, 2, pivot)}: the year in pivot … pivot+99 ending in these digits. */
    private int twoDigitYear(int twoDigits) {
        int year = pivotYear - Math.floorMod(pivotYear, 100) + twoDigits;
        return year < pivotYear ? year + 100 : year;
    }

    private static boolean startsWithSign(String value, int pos) {
        return pos < value.length() && (value.charAt(pos) == '-' || value.charAt(pos) == '+');
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The fields of one parse, reused for a value's patterns. */
    static final class Parsed {
        int day;
        int month;
        int year;
        int dayStart;
        int dayEnd;
        int monthStart;
        int monthEnd;

        void set(Field field, int number, int start, int end) {
            switch (field) {
                case DAY -> {
                    day = number;
                    dayStart = start;
                    dayEnd = end;
                }
                case MONTH -> {
                    month = number;
                    monthStart = start;
                    monthEnd = end;
                }
                case YEAR -> year = number;
            }
        }

        /** Valid only with day and month swapped (month > 12, the day a month): the value written that way. */
        String swapped(String value) {
            if (month <= 12 || !IsoDay.isValid(year, day, month)) {
                return null;
            }
            String dayText = value.substring(dayStart, dayEnd);
            String monthText = value.substring(monthStart, monthEnd);
            StringBuilder out = new StringBuilder(value);
            // Replace the later field first so the earlier one's offsets stay right.
            if (dayStart > monthStart) {
                out.replace(dayStart, dayEnd, monthText).replace(monthStart, monthEnd, dayText);
            } else {
                out.replace(monthStart, monthEnd, dayText).replace(dayStart, dayEnd, monthText);
            }
            return out.toString();
        }
    }
}
