package io.unireg.normalize;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Dates with the month in words, as clerks write them in Ukrainian and Russian: "12 березня 1985",
 * "12 березня 1985 р.", "12 марта 1985 г.", "12 березень 1985 року", "1 лют. 90". Nominative and
 * genitive forms and the usual abbreviations are known; a trailing year word (р., рік, року, г.,
 * год, года) is dropped. Day, month, year in that order, separated by spaces or a comma.
 */
final class MonthWords {

    private static final Map<String, Integer> MONTHS = months();

    private MonthWords() {
    }

    private static Map<String, Integer> months() {
        String[][] forms = {
            {"січень", "січня", "січ"}, {"лютий", "лютого", "лют"}, {"березень", "березня", "бер"},
            {"квітень", "квітня", "квіт", "кві"}, {"травень", "травня", "трав", "тра"},
            {"червень", "червня", "черв", "чер"}, {"липень", "липня", "лип"}, {"серпень", "серпня", "серп", "сер"},
            {"вересень", "вересня", "вер"}, {"жовтень", "жовтня", "жовт", "жов"},
            {"листопад", "листопада", "лист", "лис"}, {"грудень", "грудня", "груд", "гру"},
        };
        String[][] russian = {
            {"январь", "января", "янв"}, {"февраль", "февраля", "фев", "февр"}, {"март", "марта", "мар"},
            {"апрель", "апреля", "апр"}, {"май", "мая"}, {"июнь", "июня", "июн"}, {"июль", "июля", "июл"},
            {"август", "августа", "авг"}, {"сентябрь", "сентября", "сен", "сент"}, {"октябрь", "октября", "окт"},
            {"ноябрь", "ноября", "ноя", "нояб"}, {"декабрь", "декабря", "дек"},
        };
        Map<String, Integer> out = new HashMap<>();
        for (int m = 0; m < 12; m++) {
            for (String form : forms[m]) {
                put(out, form, m + 1);
            }
            for (String form : russian[m]) {
                put(out, form, m + 1);
            }
        }
        return Map.copyOf(out);
    }

    private static void put(Map<String, Integer> out, String form, int month) {
        Integer before = out.put(form, month);
        if (before != null && before != month) {
            throw new IllegalStateException("month word " + form + " names two months");
        }
    }

    /** True when the value holds a letter, so {@link #parse} may read it. */
    static boolean mayHoldWords(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (Character.isLetter(value.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Reads the value into {@code reading.day}: OK, NO_SUCH_DAY (31 лютого) or NO_MATCH. */
    static DatePattern.Fit parse(String value, int pivotYear, DatePattern.Reading reading) {
        String[] words = value.toLowerCase(Locale.ROOT).replace(',', ' ').trim().split("[\\s\\u00A0]+");
        int count = words.length;
        while (count > 3 && isYearWord(words[count - 1])) {
            count--;
        }
        if (count != 3) {
            return DatePattern.Fit.NO_MATCH;
        }
        String yearText = words[2];
        if (yearText.length() > 4 && isYearWord(yearText.substring(4))) {
            yearText = yearText.substring(0, 4); // "1985р."
        }
        int day = number(words[0], 1, 2);
        Integer month = MONTHS.get(stripDot(words[1]));
        int year = number(yearText, 2, 4);
        if (day < 0 || month == null || year < 0 || yearText.length() == 3) {
            return DatePattern.Fit.NO_MATCH;
        }
        if (yearText.length() == 2) {
            year = pivotYear - Math.floorMod(pivotYear, 100) + year;
            year = year < pivotYear ? year + 100 : year;
        }
        if (!IsoDay.isValid(year, month, day)) {
            return DatePattern.Fit.NO_SUCH_DAY;
        }
        reading.day = IsoDay.pack(year, month, day);
        return DatePattern.Fit.OK;
    }

    private static boolean isYearWord(String word) {
        return switch (stripDot(word)) {
            case "р", "рік", "року", "г", "год", "года", "гг", "рр" -> true;
            default -> false;
        };
    }

    private static String stripDot(String word) {
        return word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
    }

    /** The value of 1–n ASCII digits (at least {@code min}), else -1. */
    private static int number(String text, int min, int max) {
        if (text.length() < min || text.length() > max) {
            return -1;
        }
        int value = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
