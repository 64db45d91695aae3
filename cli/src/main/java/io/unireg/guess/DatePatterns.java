package io.unireg.guess;

import io.unireg.profile.ValueCount;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The date patterns to propose from the ones the profiler saw. Patterns that differ only in the width
 * of day or month ({@code dd.MM.yy}, {@code d.M.yy}, {@code d.MM.yy}) become one {@code d.M.yy}, which
 * reads them all; a pattern seen in only one width is kept as seen. Most frequent first, the order the
 * date function tries them in.
 */
final class DatePatterns {

    private DatePatterns() {
    }

    static List<String> collapse(List<ValueCount> seen) {
        Map<String, Set<String>> variants = new LinkedHashMap<>();
        Map<String, Long> counts = new LinkedHashMap<>();
        for (ValueCount v : seen) {
            String loose = v.value().replace("dd", "d").replace("MM", "M");
            variants.computeIfAbsent(loose, k -> new LinkedHashSet<>()).add(v.value());
            counts.merge(loose, v.count(), Long::sum);
        }
        List<String> loose = new ArrayList<>(counts.keySet());
        loose.sort((a, b) -> Long.compare(counts.get(b), counts.get(a)));
        List<String> out = new ArrayList<>();
        for (String l : loose) {
            Set<String> v = variants.get(l);
            out.add(v.size() == 1 ? v.iterator().next() : l);
        }
        return List.copyOf(out);
    }
}
