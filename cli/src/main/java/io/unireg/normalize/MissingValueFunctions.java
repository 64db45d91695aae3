package io.unireg.normalize;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Functions about missing values: supply one, or declare placeholders ("-", "н/д") as missing. */
final class MissingValueFunctions implements FunctionLibrary {

    /** Above this many placeholders a hash lookup beats comparing one by one. */
    private static final int LINEAR_LIMIT = 8;

    @Override
    public List<FunctionSpec> functions() {
        return List.of(
                new FunctionSpec("default",
                        "Gives a missing or blank value the stated value; a present value passes unchanged.",
                        "{default: Україна}",
                        "\"  \" → \"Україна\"",
                        MissingValueFunctions::fallback),
                new FunctionSpec("null_if",
                        "Makes the value missing when it equals one of the placeholders (ignoring case and surrounding spaces).",
                        "{null_if: ['-', 'н/д', 'немає', '0']}",
                        "\" Н/Д \" → missing",
                        MissingValueFunctions::nullIf));
    }

    private static Normaliser fallback(FunctionArgs raw) {
        String replacement = ArgReader.of("default", raw).text("the value to use when missing");
        Outcome outcome = Outcome.ok(replacement);
        return (value, row) -> Spaces.isBlank(value) ? outcome : Outcome.ok(value);
    }

    private static Normaliser nullIf(FunctionArgs raw) {
        List<String> placeholders = ArgReader.of("null_if", raw).texts("a value or a list of values");
        String[] trimmed = new String[placeholders.size()];
        Set<String> lowered = new HashSet<>();
        for (int i = 0; i < trimmed.length; i++) {
            trimmed[i] = Spaces.trim(placeholders.get(i));
            lowered.add(trimmed[i].toLowerCase(Locale.ROOT));
        }
        boolean linear = trimmed.length <= LINEAR_LIMIT;
        return (value, row) -> {
            if (value == null) {
                return Outcome.missing();
            }
            String key = Spaces.trim(value);
            boolean placeholder;
            if (linear) {
                placeholder = false;
                for (String candidate : trimmed) {
                    if (candidate.equalsIgnoreCase(key)) {
                        placeholder = true;
                        break;
                    }
                }
            } else {
                placeholder = lowered.contains(key.toLowerCase(Locale.ROOT));
            }
            return placeholder ? Outcome.missing() : Outcome.ok(value);
        };
    }
}
