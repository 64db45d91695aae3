package io.unireg.normalize.ua;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

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

    private KatottgNames(Map<String, List<Settlement>> byName) {
        this.byName = byName;
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
        return byName.getOrDefault(StreetNameKey.of(name), List.of());
    }

    /**
     * The settlements of that name in the hinted oblast and raion (null or blank = no hint; "обл.",
     * "область", "р-н", "район" may be included) and of the settlement type ("м.", "смт", "с.",
     * "сел."; null = any) — when the type rules out every one, it is ignored, since villages and
     * selyshches have been reclassified.
     */
    public List<Settlement> find(String name, String settlementType, String oblast, String raion) {
        String oblastKey = hintKey(oblast, "область", "обл");
        String raionKey = hintKey(raion, "район", "р-н");
        List<Settlement> hinted = new ArrayList<>();
        for (Settlement s : named(name)) {
            if ((oblastKey == null || StreetNameKey.of(s.oblast()).equals(oblastKey))
                    && (raionKey == null || StreetNameKey.of(s.raion()).equals(raionKey))) {
                hinted.add(s);
            }
        }
        Set<String> categories = categories(settlementType);
        if (categories == null) {
            return hinted;
        }
        List<Settlement> typed = hinted.stream().filter(s -> categories.contains(s.category())).toList();
        return typed.isEmpty() ? hinted : typed;
    }

    private static Set<String> categories(String settlementType) {
        if (settlementType == null) {
            return null;
        }
        return switch (settlementType) {
            case "м." -> Set.of("M", "K");
            case "с." -> Set.of("C");
            case "сел.", "смт" -> Set.of("X", "T");
            default -> null;
        };
    }

    private static String hintKey(String hint, String... suffixes) {
        if (hint == null || hint.isBlank()) {
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
