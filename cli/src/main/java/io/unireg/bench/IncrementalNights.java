package io.unireg.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Two nights of a registry table for the incremental benchmark: {@code night1.csv} with N people (every
 * row's {@code updated_at} before the first night) and {@code night2.csv} with the rows a day of edits
 * touched (40% of the changes surname updates, 30% new people, 30% flagged deleted; {@code updated_at}
 * after the first night), to be upserted into the table between the nights; a schema and two jobs
 * reading the table {@code people} in PostgreSQL: {@code incremental.yaml} (the source read from its
 * {@code updated_at} watermark, jdbc output {@code mode: incremental}) and {@code full.yaml} (every row
 * read, every record upserted), both also writing {@code records.csv}.
 * {@code java -cp unireg.jar io.unireg.bench.IncrementalNights DIR ROWS CHANGED_SHARE JDBC_URL}
 */
public final class IncrementalNights {

    private static final String[] SURNAMES = {"Коваленко", "Шевченко", "Бондаренко", "Ткаченко", "Мельник", "Кравченко",
            "Олійник", "Шевчук", "Поліщук", "Лисенко", "Руденко", "Савченко", "Марченко", "Мороз", "Павленко"};
    private static final String[] GIVEN = {"Олена", "Тарас", "Іван", "Марія", "Оксана", "Петро", "Андрій", "Наталія"};
    private static final String[] STREETS = {"Сумська", "Пушкінська", "Полтавський Шлях", "Героїв Праці", "Клочківська"};
    private static final String INCREMENTAL_SOURCE = "table: people\n    incremental: {column: updated_at, deleted: is_deleted}";
    private static final String FULL_SOURCE = "query: \"select * from people where not is_deleted\"";
    private static final LocalDateTime NIGHT1 = LocalDateTime.of(2026, 12, 1, 1, 0);

    private IncrementalNights() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        int rows = Integer.parseInt(args[1]);
        double share = Double.parseDouble(args[2]);
        String url = args[3];
        Files.createDirectories(dir);
        int changes = (int) Math.round(rows * share);
        int updates = changes * 4 / 10, inserts = changes * 3 / 10, deletes = changes - updates - inserts;
        SplittableRandom pick = new SplittableRandom(11);
        boolean[] updated = new boolean[rows];
        boolean[] deleted = new boolean[rows];
        for (int n = 0; n < updates; ) {
            int i = pick.nextInt(rows);
            if (!updated[i]) {
                updated[i] = true;
                n++;
            }
        }
        for (int n = 0; n < deletes; ) {
            int i = pick.nextInt(rows);
            if (!updated[i] && !deleted[i]) {
                deleted[i] = true;
                n++;
            }
        }
        String header = "id,surname,given_name,birth_date,rnokpp,street,house,apartment,updated_at,is_deleted\n";
        try (BufferedWriter one = Files.newBufferedWriter(dir.resolve("night1.csv"), StandardCharsets.UTF_8);
             BufferedWriter two = Files.newBufferedWriter(dir.resolve("night2.csv"), StandardCharsets.UTF_8)) {
            one.write(header);
            two.write(header);
            int touched = 0;
            for (int i = 0; i < rows; i++) {
                String row = row(i, new SplittableRandom(i * 31L + 7));
                one.write(row + "," + NIGHT1.minusSeconds(rows - i) + ",false\n");
                String edited = NIGHT1.plusHours(20).plusSeconds(++touched) + "";
                if (updated[i]) {
                    String[] cells = row.split(",", -1);
                    cells[1] = cells[1] + "-Нова";
                    two.write(String.join(",", cells) + "," + edited + ",false\n");
                } else if (deleted[i]) {
                    two.write(row + "," + edited + ",true\n");
                }
            }
            for (int i = rows; i < rows + inserts; i++) {
                two.write(row(i, new SplittableRandom(i * 31L + 7)) + "," + NIGHT1.plusHours(21).plusSeconds(i - rows) + ",false\n");
            }
        }
        Files.writeString(dir.resolve("person.json"), """
                {"name": "bench-person", "fields": [
                 {"name": "surname", "type": "string"},
                 {"name": "given_name", "type": "string"},
                 {"name": "birth_date", "type": "date"},
                 {"name": "rnokpp", "type": "string"},
                 {"name": "street", "type": "string"},
                 {"name": "house", "type": "string"},
                 {"name": "apartment", "type": "string"}]}
                """);
        // The generic jobs map the columns as they are; the -ua ones run the sample job's name chains
        // (homoglyphs, apostrophes, Russian forms to Ukrainian): what a real night spends per row mapped.
        String names = "trim, collapse_spaces, fix_homoglyphs, apostrophe, title_case";
        String[][] jobs = {
                {"incremental", INCREMENTAL_SOURCE, "incremental", "", "", ""},
                {"full", FULL_SOURCE, "upsert", "", "", ""},
                {"incremental-ua", INCREMENTAL_SOURCE, "incremental", ", normalize: [" + names + ", surname_uk]",
                        ", normalize: [" + names + ", given_name_uk]", ", normalize: [" + names + "]"},
                {"full-ua", FULL_SOURCE, "upsert", ", normalize: [" + names + ", surname_uk]",
                        ", normalize: [" + names + ", given_name_uk]", ", normalize: [" + names + "]"}};
        for (String[] job : jobs) {
            Files.writeString(dir.resolve(job[0] + ".yaml"), """
                    unireg: 1
                    job: bench-%1$s
                    sources:
                      - id: people
                        type: jdbc
                        url: "%2$s"
                        user: postgres
                        key: id
                        %3$s
                    target: {schema: person.json}
                    fields:
                      surname: {from: surname%5$s}
                      given_name: {from: given_name%6$s}
                      birth_date: {from: birth_date, normalize: [{date: {patterns: [yyyy-MM-dd]}}]}
                      rnokpp: {from: rnokpp}
                      street: {from: street%7$s}
                      house: {from: house}
                      apartment: {from: apartment}
                    outputs:
                      - {type: csv, path: records.csv}
                      - {type: jdbc, url: "%2$s", user: postgres, table: person_%8$s, mode: %4$s}
                    """.formatted(job[0], url, job[1], job[2], job[3], job[4], job[5], job[0].replace('-', '_')));
        }
        System.out.printf(Locale.ROOT, "rows=%d changes=%d updates=%d inserts=%d deletes=%d%n", rows, changes, updates, inserts, deletes);
    }

    private static String row(int i, SplittableRandom r) {
        return String.format(Locale.ROOT, "%d,%s,%s,%d-%02d-%02d,%010d,%s,%d,%d", 1_000_000 + i,
                SURNAMES[r.nextInt(SURNAMES.length)], GIVEN[r.nextInt(GIVEN.length)], 1930 + r.nextInt(80), 1 + r.nextInt(12),
                1 + r.nextInt(28), r.nextLong(10_000_000_000L), STREETS[r.nextInt(STREETS.length)], 1 + r.nextInt(200), 1 + r.nextInt(300));
    }
}
