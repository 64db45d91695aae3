package io.unireg.normalize.ua;

import io.unireg.normalize.Spaces;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Settlement name → KATOTTG codes, from the codifier shipped in the jar (edition 16.05.2025, see
 * the katottg README next to it). Each settlement (categories M місто, X селище, C село, K Київ /
 * Севастополь, T смт in older editions) is indexed by its name's {@link StreetNameKey} with the
 * names of its oblast and raion, so hints can narrow a name that many villages share.
 * Loaded once, on first use.
 */
public final class KatottgNames {

    static final String EDITION = KatottgCodifier.EDITION;
    private static final Set<String> SETTLEMENT_CATEGORIES = Set.of("M", "X", "C", "K", "T");

    /** One settlement: its code, category letter, name, and the names of its oblast and raion ("" for Kyiv). */
    public record Settlement(String code, String category, String name, String oblast, String raion) {
    }

    private static final class Shipped {
        static final KatottgNames INSTANCE = load();
    }

    private final Map<String, List<Settlement>> byName;
    /** Per settlement, the keys of its oblast and raion names, so a lookup compares hints without re-keying. */
    private final Map<Settlement, String[]> hintKeys;
    /** Hint text → key: jobs pass the same few oblast/raion hints on every row. Bounded, thread-safe. */
    private final Map<String, String> oblastKeys = new ConcurrentHashMap<>();
    private final Map<String, String> raionKeys = new ConcurrentHashMap<>();
    private static final int HINT_CACHE_LIMIT = 10_000;
    private static final Set<String> CITY = Set.of("M", "K");
    private static final Set<String> VILLAGE = Set.of("C");
    private static final Set<String> SELYSHCHE = Set.of("X", "T");

    private KatottgNames(Map<String, List<Settlement>> byName) {
        this.byName = byName;
        Map<Settlement, String[]> keys = new IdentityHashMap<>();
        for (List<Settlement> named : byName.values()) {
            for (Settlement s : named) {
                keys.put(s, new String[] {StreetNameKey.of(s.oblast()), StreetNameKey.of(s.raion())});
            }
        }
        this.hintKeys = keys;
    }

    public static KatottgNames shipped() {
        return Shipped.INSTANCE;
    }

    /** Indexes the settlements of the one loaded codifier ({@link KatottgCodifier}), with their oblast and raion names. */
    private static KatottgNames load() {
        KatottgCodifier codifier = KatottgCodifier.get();
        Map<String, List<Settlement>> byName = new HashMap<>(40_000);
        for (int i = 0; i < codifier.size(); i++) {
            String category = String.valueOf(codifier.category(i));
            if (!SETTLEMENT_CATEGORIES.contains(category)) {
                continue;
            }
            String name = codifier.name(i);
            String oblast = category.equals("K") ? name : "";
            String raion = "";
            for (int up = codifier.parentIndex(i); up >= 0; up = codifier.parentIndex(up)) {
                if (codifier.category(up) == 'O') {
                    oblast = codifier.name(up);
                } else if (codifier.category(up) == 'P' && raion.isEmpty()) {
                    raion = codifier.name(up);
                }
            }
            byName.computeIfAbsent(StreetNameKey.of(name), k -> new ArrayList<>(1))
                    .add(new Settlement(codifier.code(i), category, name, oblast, raion));
        }
        byName.replaceAll((k, v) -> List.copyOf(v));
        return new KatottgNames(Map.copyOf(byName));
    }

    /** Every settlement of that name (any case, apostrophe, е/є), in codifier order. */
    public List<Settlement> named(String name) {
        return byName.getOrDefault(StreetNameKey.cached(name), List.of());
    }

    /**
     * The settlements of that name in the hinted oblast and raion (null or blank = no hint; "обл.",
     * "область", "р-н", "район" may be included) and of the settlement type ("м.", "смт", "с.",
     * "сел."; null = any) — when the type rules out every one, it is ignored, since villages and
     * selyshches have been reclassified. The list is unmodifiable.
     */
    public List<Settlement> find(String name, String settlementType, String oblast, String raion) {
        String oblastKey = cachedHintKey(oblast, true);
        String raionKey = cachedHintKey(raion, false);
        List<Settlement> named = named(name);
        Set<String> categories = categories(settlementType);
        // Called for every row, mostly for one city that all hints keep: the named list itself is then
        // the answer, and lists are built only when hints or the type leave some settlements out.
        List<Settlement> hinted = named;
        int typed = 0;
        for (int i = 0; i < named.size(); i++) {
            Settlement s = named.get(i);
            String[] keys = hintKeys.get(s);
            if ((oblastKey == null || keys[0].equals(oblastKey)) && (raionKey == null || keys[1].equals(raionKey))) {
                if (hinted != named) {
                    hinted.add(s);
                }
                typed += categories != null && categories.contains(s.category()) ? 1 : 0;
            } else if (hinted == named) {
                hinted = new ArrayList<>(named.subList(0, i));
            }
        }
        if (categories == null || typed == 0 || typed == hinted.size()) {
            return hinted == named ? named : List.copyOf(hinted);
        }
        List<Settlement> out = new ArrayList<>(typed);
        for (Settlement s : hinted) {
            if (categories.contains(s.category())) {
                out.add(s);
            }
        }
        return List.copyOf(out);
    }

    private static Set<String> categories(String settlementType) {
        if (settlementType == null) {
            return null;
        }
        return switch (settlementType) {
            case "м." -> CITY;
            case "с." -> VILLAGE;
            case "сел.", "смт" -> SELYSHCHE;
            default -> null;
        };
    }

    private String cachedHintKey(String hint, boolean oblast) {
        if (hint == null) {
            return null;
        }
        Map<String, String> cache = oblast ? oblastKeys : raionKeys;
        String key = cache.get(hint);
        if (key == null) {
            key = oblast ? hintKey(hint, "область", "обл") : hintKey(hint, "район", "р-н");
            if (key == null) {
                return null; // blank: nothing to cache
            }
            if (cache.size() < HINT_CACHE_LIMIT) {
                cache.put(hint, key);
            }
        }
        return key;
    }

    private static String hintKey(String hint, String... suffixes) {
        if (hint == null || Spaces.isBlank(hint)) {
            return null;
        }
        String key = StreetNameKey.of(hint.replace(".", " "));
        for (String suffix : suffixes) {
            String s = " " + StreetNameKey.of(suffix);
            if (key.endsWith(s)) {
                key = key.substring(0, key.length() - s.length());
            }
        }
        return key.toLowerCase(Locale.ROOT).strip();
    }
}
