package io.unireg.normalize;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Java regular expressions, compiled once when the job is loaded. */
final class PatternFunctions implements FunctionLibrary {

    @Override
    public List<FunctionSpec> functions() {
        return List.of(
                new FunctionSpec("regex_replace",
                        "Replaces every match of a Java regular expression ($1 refers to a group; (?i) ignores case, Cyrillic too); an empty result → missing.",
                        "{regex_replace: ['(?i)^(м\\.|місто)\\s*', '']}",
                        "\"М. Харків\" → \"Харків\"",
                        PatternFunctions::replace),
                new FunctionSpec("regex_extract",
                        "Keeps the first match of a Java regular expression (its group 1 when it has groups); no match → missing.",
                        "{regex_extract: '(\\d{5})'}",
                        "\"61002, м. Харків\" → \"61002\"",
                        PatternFunctions::extract));
    }

    static Pattern compile(ArgReader args, String regex) {
        try {
            // UNICODE_CASE so that (?i) folds Cyrillic too, not only ASCII.
            return Pattern.compile(regex, Pattern.UNICODE_CASE);
        } catch (PatternSyntaxException e) {
            throw args.error("pattern " + Spaces.quote(regex) + " is invalid: " + e.getDescription()
                    + (e.getIndex() >= 0 ? " at position " + e.getIndex() : ""));
        }
    }

    /**
     * One matcher per thread, reset for each value: a new Matcher per call allocated more than the
     * rest of a row's normalising (its group and state arrays), and a normaliser serves every thread.
     */
    private static ThreadLocal<Matcher> matchers(Pattern pattern) {
        return ThreadLocal.withInitial(() -> pattern.matcher(""));
    }

    private static Normaliser replace(FunctionArgs raw) {
        ArgReader args = ArgReader.of("regex_replace", raw);
        List<String> parts = args.texts("[pattern, replacement]");
        if (parts.size() != 2) {
            throw args.error("expects [pattern, replacement], found " + parts.size() + " value(s)");
        }
        Pattern pattern = compile(args, parts.get(0));
        String replacement = parts.get(1);
        checkReplacement(args, pattern, replacement);
        ThreadLocal<Matcher> matchers = matchers(pattern);
        MatchStarts starts = MatchStarts.of(pattern);
        return (value, row) -> {
            if (value == null) {
                return Outcome.missing();
            }
            String result = starts != null && !starts.mayMatch(value) ? value
                    : replaceAll(matchers.get().reset(value), value, replacement);
            return result.isEmpty() ? Outcome.missing() : Outcome.ok(result);
        };
    }

    /**
     * {@link Matcher#replaceAll(String)} on a matcher just reset to {@code value}, without the second
     * reset {@code replaceAll} makes (it clears the matcher's group and state arrays) and with the
     * builder sized for the value: a chain runs its patterns on every value of every row.
     */
    static String replaceAll(Matcher m, String value, String replacement) {
        if (!m.find()) {
            return value;
        }
        StringBuilder out = new StringBuilder(value.length());
        do {
            m.appendReplacement(out, replacement);
        } while (m.find());
        m.appendTail(out);
        return out.toString();
    }

    /**
     * A replacement naming a group the pattern lacks fails only when a value matches; find that out
     * now by replacing against a pattern with the same groups that always matches.
     */
    private static void checkReplacement(ArgReader args, Pattern pattern, String replacement) {
        Pattern alwaysMatches;
        try {
            alwaysMatches = Pattern.compile("(?:" + pattern.pattern() + ")|", pattern.flags());
        } catch (PatternSyntaxException e) {
            return; // e.g. a trailing comment in (?x) mode swallows the wrapper; the value will tell
        }
        try {
            alwaysMatches.matcher("").replaceFirst(replacement);
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            throw args.error("replacement " + Spaces.quote(replacement) + " is invalid: " + e.getMessage());
        }
    }

    private static Normaliser extract(FunctionArgs raw) {
        ArgReader args = ArgReader.of("regex_extract", raw);
        Pattern pattern = compile(args, args.text("a pattern"));
        boolean useGroup = pattern.matcher("").groupCount() >= 1;
        ThreadLocal<Matcher> matchers = matchers(pattern);
        MatchStarts starts = MatchStarts.of(pattern);
        return (value, row) -> {
            if (value == null || starts != null && !starts.mayMatch(value)) {
                return Outcome.missing();
            }
            Matcher m = matchers.get().reset(value);
            if (!m.find()) {
                return Outcome.missing();
            }
            String found = useGroup ? m.group(1) : m.group();
            return found == null || found.isEmpty() ? Outcome.missing() : Outcome.ok(found);
        };
    }
}
