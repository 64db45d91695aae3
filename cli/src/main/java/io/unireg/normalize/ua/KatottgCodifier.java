package io.unireg.normalize.ua;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The shipped KATOTTG codifier (resource {@code katottg/kodifikator-16-05-2025.csv}, see its README), loaded
 * once on first use. Compact: the 31,748 codes as a sorted {@code long[]} (the 17 digits fit), categories as
 * bytes, parents as indexes — about 1.5 MB of heap with the names. Immutable and thread-safe.
 */
public final class KatottgCodifier {

    /** The codifier's edition, named in messages so a reader knows what "not found" was checked against. */
    public static final String EDITION = "16.05.2025";
    static final String RESOURCE = "katottg/kodifikator-16-05-2025.csv";

    /** One unit of the codifier: {@code category} is the letter (O, K, P, H, M, X, C, B). */
    public record Unit(String code, char category, String name, String parentCode) {
    }

    private static final class Loaded {
        static final KatottgCodifier INSTANCE = load();
    }

    private final long[] codes;
    private final byte[] categories;
    private final String[] names;
    private final int[] parents;
    private final Set<String> regionCodes;

    private KatottgCodifier(long[] codes, byte[] categories, String[] names, int[] parents) {
        this.codes = codes;
        this.categories = categories;
        this.names = names;
        this.parents = parents;
        Set<String> regions = new TreeSet<>();
        for (int i = 0; i < codes.length; i++) {
            if (parents[i] < 0) {
                regions.add(code(i).substring(2, 4));
            }
        }
        this.regionCodes = Collections.unmodifiableSet(regions);
    }

    /** The shipped edition (loaded on the first call). */
    public static KatottgCodifier get() {
        return Loaded.INSTANCE;
    }

    /** The unit with this code ({@code UA} + 17 digits), if the codifier has it. */
    public Optional<Unit> find(String code) {
        int i = indexOf(code);
        return i < 0 ? Optional.empty() : Optional.of(unit(i));
    }

    public boolean contains(String code) {
        return indexOf(code) >= 0;
    }

    /** The unit one level up (the hromada of a village, the raion of a hromada …); empty for oblasts. */
    public Optional<Unit> parent(Unit unit) {
        int i = indexOf(unit.code());
        return i < 0 || parents[i] < 0 ? Optional.empty() : Optional.of(unit(parents[i]));
    }

    /** Every unit, in code order (materialised on each call: for lookups build your own index once). */
    public List<Unit> units() {
        List<Unit> all = new ArrayList<>(codes.length);
        for (int i = 0; i < codes.length; i++) {
            all.add(unit(i));
        }
        return Collections.unmodifiableList(all);
    }

    public int size() {
        return codes.length;
    }

    /** The two-digit codes of the first level (oblasts, Crimea, Kyiv, Sevastopol) — KOATUU's region codes too. */
    public Set<String> regionCodes() {
        return regionCodes;
    }

    private int indexOf(String code) {
        if (code == null || code.length() != 19 || !code.startsWith("UA") || !Digits.all(code.substring(2), 17)) {
            return -1;
        }
        int i = Arrays.binarySearch(codes, Long.parseLong(code, 2, 19, 10));
        return i < 0 ? -1 : i;
    }

    private Unit unit(int i) {
        return new Unit(code(i), (char) categories[i], names[i], parents[i] < 0 ? null : code(parents[i]));
    }

    /** "UA" and the 17 digits, zero-padded; by hand because String.format made start-up slow (63,000 calls). */
    String code(int i) {
        char[] out = new char[19];
        out[0] = 'U';
        out[1] = 'A';
        long v = codes[i];
        for (int k = 18; k >= 2; k--) {
            out[k] = (char) ('0' + v % 10);
            v /= 10;
        }
        return new String(out);
    }

    /** Index-based access for indexes built over every unit (no {@link Unit} or code string per step). */
    char category(int i) {
        return (char) categories[i];
    }

    String name(int i) {
        return names[i];
    }

    /** The index of the unit one level up, -1 for oblasts. */
    int parentIndex(int i) {
        return parents[i];
    }

    private static KatottgCodifier load() {
        InputStream in = KatottgCodifier.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("KATOTTG codifier missing from the classpath: " + RESOURCE);
        }
        List<String[]> rows = new ArrayList<>(32_000);
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.readLine(); // header
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isEmpty()) {
                    rows.add(line.split(";", -1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return build(rows);
    }

    /** Rows as the file has them: five level columns (own code right-most), category, name. */
    private static KatottgCodifier build(List<String[]> rows) {
        int n = rows.size();
        long[] own = new long[n];
        long[] parentCode = new long[n];
        for (int r = 0; r < n; r++) {
            String[] row = rows.get(r);
            int level = 4;
            while (level >= 0 && row[level].isEmpty()) {
                level--;
            }
            if (row.length != 7 || level < 0) {
                throw new IllegalStateException(RESOURCE + ": row " + (r + 2) + " is malformed");
            }
            own[r] = digits(row[level]);
            int up = level - 1;
            while (up >= 0 && row[up].isEmpty()) {
                up--;
            }
            parentCode[r] = up < 0 ? -1 : digits(row[up]);
        }
        Integer[] order = new Integer[n];
        for (int r = 0; r < n; r++) {
            order[r] = r;
        }
        Arrays.sort(order, (x, y) -> Long.compare(own[x], own[y]));
        long[] codes = new long[n];
        byte[] categories = new byte[n];
        String[] names = new String[n];
        for (int i = 0; i < n; i++) {
            String[] row = rows.get(order[i]);
            codes[i] = own[order[i]];
            categories[i] = (byte) row[5].charAt(0);
            names[i] = row[6].strip(); // 319 names carry a trailing space
        }
        int[] parents = new int[n];
        for (int i = 0; i < n; i++) {
            long p = parentCode[order[i]];
            parents[i] = p < 0 ? -1 : Arrays.binarySearch(codes, p);
            if (i > 0 && codes[i] == codes[i - 1]) {
                throw new IllegalStateException(RESOURCE + ": code UA" + codes[i] + " appears twice");
            }
        }
        return new KatottgCodifier(codes, categories, names, parents);
    }

    private static long digits(String code) {
        if (code.length() != 19 || !code.startsWith("UA")) {
            throw new IllegalStateException(RESOURCE + ": malformed code " + code);
        }
        return Long.parseLong(code, 2, 19, 10);
    }
}
