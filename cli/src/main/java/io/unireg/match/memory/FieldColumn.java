package io.unireg.match.memory;

import io.unireg.normalize.ua.NameKey;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One field of all records, dictionary-encoded: {@code ids[record]} is the value's number (-1 =
 * missing), so an exact comparison is an int compare, and everything derived from a value (name key,
 * parsed date, number, term frequency, validity) is computed once per distinct value, not per record.
 */
final class FieldColumn {

    static final int MISSING = -1;
    static final int NO_DATE = Integer.MIN_VALUE;

    final int field;
    final int[] ids;
    final String[] values;
    final int[] counts;
    final int present;
    private int[] nameKeyIds;
    private int[] epochDay;
    private int[] ymd;
    private double[] numbers;

    private FieldColumn(int field, int[] ids, String[] values, int[] counts, int present) {
        this.field = field;
        this.ids = ids;
        this.values = values;
        this.counts = counts;
        this.present = present;
    }

    static FieldColumn encode(int field, List<String[]> records) {
        int n = records.size();
        int[] ids = new int[n];
        Map<String, Integer> dict = new HashMap<>(Math.max(16, n / 4));
        java.util.ArrayList<String> values = new java.util.ArrayList<>();
        int[] counts = new int[Math.max(16, n / 8)];
        int present = 0;
        for (int r = 0; r < n; r++) {
            String v = records.get(r)[field];
            if (v == null || v.isEmpty()) {
                ids[r] = MISSING;
                continue;
            }
            Integer id = dict.get(v);
            if (id == null) {
                id = values.size();
                dict.put(v, id);
                values.add(v);
                if (id >= counts.length) {
                    counts = java.util.Arrays.copyOf(counts, counts.length * 2);
                }
            }
            ids[r] = id;
            counts[id]++;
            present++;
        }
        return new FieldColumn(field, ids, values.toArray(new String[0]),
                java.util.Arrays.copyOf(counts, values.size()), present);
    }

    String value(int record) {
        int id = ids[record];
        return id < 0 ? null : values[id];
    }

    /** Term frequency of a value: the share of records (with this field present) that hold it. */
    double termFrequency(int id) {
        return present == 0 ? 1 : (double) counts[id] / present;
    }

    /** Name-key numbers per value (equal for Николай and Микола), built on first use. */
    int[] nameKeys() {
        if (nameKeyIds == null) {
            Map<String, Integer> keys = new HashMap<>();
            int[] out = new int[values.length];
            for (int i = 0; i < values.length; i++) {
                String k = NameKey.of(values[i]);
                out[i] = keys.computeIfAbsent(k, x -> keys.size());
            }
            nameKeyIds = out;
        }
        return nameKeyIds;
    }

    int[] epochDays() {
        parseDates();
        return epochDay;
    }

    /** yyyymmdd as an int per value ({@link #NO_DATE} when unreadable); the date need not exist (31.02 is kept). */
    int[] ymd() {
        parseDates();
        return ymd;
    }

    private void parseDates() {
        if (ymd != null) {
            return;
        }
        int[] days = new int[values.length];
        int[] dates = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            int v = parseYmd(values[i]);
            dates[i] = v;
            days[i] = NO_DATE;
            if (v != NO_DATE) {
                try {
                    days[i] = (int) LocalDate.of(v / 10000, v / 100 % 100, v % 100).toEpochDay();
                } catch (DateTimeException e) {
                    // an impossible date still compares by year and by swapped day/month
                }
            }
        }
        epochDay = days;
        ymd = dates;
    }

    /** {@code yyyy-MM-dd} (also with / or .) or {@code yyyyMMdd}; anything else → NO_DATE. */
    static int parseYmd(String s) {
        String digits;
        if (s.length() == 10 && !Character.isDigit(s.charAt(4)) && !Character.isDigit(s.charAt(7))) {
            digits = s.substring(0, 4) + s.substring(5, 7) + s.substring(8, 10);
        } else if (s.length() == 8) {
            digits = s;
        } else {
            return NO_DATE;
        }
        int v = 0;
        for (int i = 0; i < 8; i++) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9') {
                return NO_DATE;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    double[] numbers() {
        if (numbers == null) {
            double[] out = new double[values.length];
            for (int i = 0; i < values.length; i++) {
                try {
                    out[i] = Double.parseDouble(values[i].trim().replace(',', '.'));
                } catch (NumberFormatException e) {
                    out[i] = Double.NaN;
                }
            }
            numbers = out;
        }
        return numbers;
    }
}
