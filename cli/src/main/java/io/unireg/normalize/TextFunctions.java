package io.unireg.normalize;

import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/** Whitespace, case and digit clean-up: the first steps of nearly every field. */
final class TextFunctions implements FunctionLibrary {

    @Override
    public List<FunctionSpec> functions() {
        return List.of(
                plain("trim", "Removes spaces at both ends, NBSP and other Unicode spaces included; nothing left → missing.",
                        "\"\\u00a0 Коваленко  \" → \"Коваленко\"", true, TextFunctions::trim),
                plain("collapse_spaces", "Turns every run of whitespace (tabs, NBSP, line breaks) inside the value into one space; does not trim.",
                        "\"вул.\\n  Сумська\\t10\" → \"вул. Сумська 10\"", false, TextFunctions::collapseSpaces),
                plain("upper", "Upper-cases every letter, independent of the machine's locale.",
                        "\"ґудзь-їжак\" → \"ҐУДЗЬ-ЇЖАК\"", false, s -> s.toUpperCase(Locale.ROOT)),
                plain("lower", "Lower-cases every letter, independent of the machine's locale.",
                        "\"ІВАНО-ФРАНКІВСЬК\" → \"івано-франківськ\"", false, s -> s.toLowerCase(Locale.ROOT)),
                plain("title_case", "Capitalises each word and lower-cases the rest; parts of hyphenated names are words, a letter after an apostrophe is not.",
                        "\"ЛЕВИЦЬКА-КОВАЛЬ п'ЯТАК\" → \"Левицька-Коваль П'ятак\"", false, TitleCase::apply),
                plain("digits", "Keeps only the digits 0–9; no digits → missing.",
                        "\"№ 12-34/5\" → \"12345\"", true, TextFunctions::digits));
    }

    /** A function with no argument that maps a present value to another. */
    static FunctionSpec plain(String name, String summary, String example, boolean emptyIsMissing,
                              UnaryOperator<String> operation) {
        Normaliser step = (value, row) -> {
            if (value == null) {
                return Outcome.missing();
            }
            String result = operation.apply(value);
            return emptyIsMissing && result.isEmpty() ? Outcome.missing() : Outcome.ok(result);
        };
        return new FunctionSpec(name, summary, name, example, args -> {
            ArgReader.of(name, args).requireNone();
            return step;
        });
    }

    static String trim(String value) {
        return Spaces.trim(value);
    }

    static String collapseSpaces(String value) {
        int n = value.length();
        int i = 0;
        // Fast path: most values have only single ASCII spaces.
        while (i < n) {
            char c = value.charAt(i);
            if (Spaces.isSpace(c) && (c != ' ' || (i + 1 < n && Spaces.isSpace(value.charAt(i + 1))))) {
                break;
            }
            i++;
        }
        if (i == n) {
            return value;
        }
        StringBuilder out = new StringBuilder(n).append(value, 0, i);
        boolean inSpace = false;
        for (; i < n; i++) {
            char c = value.charAt(i);
            if (Spaces.isSpace(c)) {
                if (!inSpace) {
                    out.append(' ');
                    inSpace = true;
                }
            } else {
                out.append(c);
                inSpace = false;
            }
        }
        return out.toString();
    }

    static String digits(String value) {
        int n = value.length();
        int i = 0;
        while (i < n && isDigit(value.charAt(i))) {
            i++;
        }
        if (i == n) {
            return value;
        }
        StringBuilder out = new StringBuilder(n).append(value, 0, i);
        for (; i < n; i++) {
            char c = value.charAt(i);
            if (isDigit(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
