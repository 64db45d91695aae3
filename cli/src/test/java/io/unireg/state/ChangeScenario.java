package io.unireg.state;

import io.unireg.dedupe.StableId;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * Two nights of one registry with known changes between them: the first night's rows, the second
 * night's, and the change set a correct run must report. People are joined by deterministic rules
 * (same {@code code} or same {@code doc} → one person), so which rows form a person is exact and the
 * stable ids follow from the rule in docs/incremental.md:
 * <ul>
 * <li>inserts: new people with new keys;</li>
 * <li>updates: one person's surname changed;</li>
 * <li>deletes: a person's only row removed;</li>
 * <li>merges: two singles joined by a shared doc (the smaller id survives); a pair joined by a single
 *     taking its code (the pair's id survives, having more members);</li>
 * <li>splits: a chain of three rows (a–b by code, b–c by doc) broken at b's doc (a–b keep the id, c gets
 *     its own), or broken at a's code (b–c keep the id; a, whose key named the old id, gets a derived one).</li>
 * </ul>
 * Merged and split records also change content (at least their {@code sources}); {@link #reshaped} lists
 * them: their update rows' fields are read off the two runs' records.
 */
public final class ChangeScenario {

    public static final String HEADER = "id,code,doc,surname,city";
    private static final String SOURCE = "people";
    private static final String[] SURNAMES = {"Іваненко", "Петренко", "Коваленко", "Бондар", "Шевчук", "Мельник", "Ткаченко", "Кравчук"};
    private static final String[] CITIES = {"Харків", "Київ", "Львів", "Одеса", "Дніпро"};

    /** Rows of a night: key → the other columns. */
    private final Map<String, String[]> night1 = new LinkedHashMap<>();
    private final Map<String, String[]> night2 = new LinkedHashMap<>();
    private final List<String> expected = new ArrayList<>();
    private final Set<String> reshaped = new TreeSet<>();
    private final Random random;
    private int nextKey = 100000;
    private int nextNew = 900000;

    public ChangeScenario(long seed, int units) {
        random = new Random(seed);
        for (int i = 0; i < units * 10; i++) {
            single("S" + i);
        }
        for (int i = 0; i < units * 2; i++) {
            String a = row("P" + i, "PA" + i), b = row("P" + i, "PB" + i);
            both(a);
            both(b);
        }
        for (int i = 0; i < units; i++) {
            // insert
            String key = Integer.toString(nextNew++);
            night2.put(key, new String[]{"N" + i, "ND" + i, surname(), city()});
            expected.add("insert," + id(key) + ",,");
            // update
            String u = single("U" + i);
            String[] changed = night2.get(u).clone();
            changed[2] = changed[2] + "-Новий";
            night2.put(u, changed);
            expected.add("update," + id(u) + ",,surname");
            // delete
            String d = single("D" + i);
            night2.remove(d);
            expected.add("delete," + id(d) + ",,");
            // merge of two singles by doc
            String x = single("MX" + i), y = single("MY" + i);
            String[] joined = night2.get(y).clone();
            joined[1] = night2.get(x)[1];
            night2.put(y, joined);
            String keep = min(id(x), id(y)), gone = max(id(x), id(y));
            expected.add("merge," + keep + "," + gone + ",");
            reshaped.add(keep);
            // merge of a pair and a single by code: the pair's id has more members
            String pa = row("Q" + i, "QA" + i), pb = row("Q" + i, "QB" + i);
            both(pa);
            both(pb);
            String s = single("QS" + i);
            String[] q = night2.get(s).clone();
            q[0] = "Q" + i;
            night2.put(s, q);
            expected.add("merge," + id(pa) + "," + id(s) + ",");
            reshaped.add(id(pa));
            // split, anchor stays: a–b by code, b–c by doc; b's doc changes
            String a = row("TA" + i, "TA" + i), b = row("TA" + i, "TB" + i), c = row("TC" + i, "TB" + i);
            both(a);
            both(b);
            both(c);
            String[] b2 = night2.get(b).clone();
            b2[1] = "TX" + i;
            night2.put(b, b2);
            expected.add("split," + id(a) + "," + id(c) + ",");
            reshaped.add(id(a));
            // split, anchor leaves: a's code changes, b–c keep the id a's key named
            String a2 = row("VA" + i, "VA" + i), bb = row("VA" + i, "VB" + i), cc = row("VC" + i, "VB" + i);
            both(a2);
            both(bb);
            both(cc);
            String[] moved = night2.get(a2).clone();
            moved[0] = "VX" + i;
            night2.put(a2, moved);
            expected.add("split," + id(a2) + "," + StableId.of(id(a2), "#1") + ",");
            reshaped.add(id(a2));
        }
    }

    private String single(String code) {
        String key = row(code, code + "-d");
        both(key);
        return key;
    }

    private String row(String code, String doc) {
        String key = Integer.toString(nextKey++);
        night1.put(key, new String[]{code, doc, surname(), city()});
        return key;
    }

    private void both(String key) {
        night2.put(key, night1.get(key).clone());
    }

    private String surname() {
        return SURNAMES[random.nextInt(SURNAMES.length)];
    }

    private String city() {
        return CITIES[random.nextInt(CITIES.length)];
    }

    public static String id(String key) {
        return StableId.of(SOURCE, key);
    }

    private static String min(String a, String b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static String max(String a, String b) {
        return a.compareTo(b) <= 0 ? b : a;
    }

    /** The change rows (without the content updates of {@link #reshaped} records), as changes.csv lines. */
    public List<String> expected() {
        return List.copyOf(expected);
    }

    /** The change rows when every row is its own record (a job without dedupe), read off the two nights' rows. */
    public List<String> expectedWithoutDedupe() {
        String[] names = {"code", "doc", "surname", "city"};
        List<String> rows = new ArrayList<>();
        for (Map.Entry<String, String[]> e : night2.entrySet()) {
            String[] before = night1.get(e.getKey());
            if (before == null) {
                rows.add("insert," + id(e.getKey()) + ",,");
                continue;
            }
            List<String> changed = new ArrayList<>();
            for (int i = 0; i < names.length; i++) {
                if (!before[i].equals(e.getValue()[i])) {
                    changed.add(names[i]);
                }
            }
            if (!changed.isEmpty()) {
                rows.add("update," + id(e.getKey()) + ",," + String.join(";", changed));
            }
        }
        for (String key : night1.keySet()) {
            if (!night2.containsKey(key)) {
                rows.add("delete," + id(key) + ",,");
            }
        }
        return rows;
    }

    /** Ids kept by a merged or split record: each also gets an update row. */
    public Set<String> reshaped() {
        return reshaped;
    }

    public void writeNight(int night, Path csv) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(HEADER);
        // Shuffled so the result cannot depend on row order.
        List<Map.Entry<String, String[]>> rows = new ArrayList<>((night == 1 ? night1 : night2).entrySet());
        java.util.Collections.shuffle(rows, new Random(night));
        for (Map.Entry<String, String[]> e : rows) {
            lines.add(e.getKey() + "," + String.join(",", e.getValue()));
        }
        Files.write(csv, lines, StandardCharsets.UTF_8);
    }

    /** The job and its schema into {@code dir}; the source is {@code people.csv} beside it. */
    /** The same job without {@code dedupe:}: every row its own record. */
    public static Path writeJobWithoutDedupe(Path dir) throws IOException {
        Path job = writeJob(dir, "", "");
        String text = Files.readString(job);
        Files.writeString(job, text.substring(0, text.indexOf("dedupe:")) + text.substring(text.indexOf("outputs:")));
        return job;
    }

    public static Path writeJob(Path dir, String extraOutputs, String extraTop) throws IOException {
        Files.writeString(dir.resolve("person.json"), """
                {"name": "inc-person", "fields": [
                 {"name": "code", "type": "string"},
                 {"name": "doc", "type": "string"},
                 {"name": "surname", "type": "string"},
                 {"name": "city", "type": "string"}]}
                """);
        Path job = dir.resolve("job.yaml");
        Files.writeString(job, """
                unireg: 1
                job: inc-test
                sources:
                  - {id: people, type: csv, path: people.csv, key: id}
                target: {schema: person.json}
                fields:
                  code: {from: code}
                  doc: {from: doc}
                  surname: {from: surname}
                  city: {from: city}
                dedupe:
                  blocking:
                    - [code]
                    - [doc]
                  compare:
                    code: [exact]
                    doc: [exact]
                    surname: [exact]
                  rules:
                    - same: [code]
                    - same: [doc]
                outputs:
                  - {type: csv, path: records.csv}
                %s
                %s
                """.formatted(extraOutputs, extraTop));
        return job;
    }
}
