package io.unireg.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Two nights of a registry for the incremental benchmark: {@code night1.csv} with N people and
 * {@code night2.csv} with a share of them changed (40% of the changes surname updates, 30% new
 * people, 30% removed), a schema and two jobs over {@code people.csv}: {@code incremental.yaml}
 * (jdbc {@code mode: incremental}) and {@code upsert.yaml} (the same output loading every record).
 * {@code java -cp unireg.jar io.unireg.bench.IncrementalNights DIR ROWS CHANGED_SHARE JDBC_URL}
 */
public final class IncrementalNights {

    private static final String[] SURNAMES = {"Коваленко", "Шевченко", "Бондаренко", "Ткаченко", "Мельник", "Кравченко",
            "Олійник", "Шевчук", "Поліщук", "Лисенко", "Руденко", "Савченко", "Марченко", "Мороз", "Павленко"};
    private static final String[] GIVEN = {"Олена", "Тарас", "Іван", "Марія", "Оксана", "Петро", "Андрій", "Наталія"};
    private static final String[] STREETS = {"Сумська", "Пушкінська", "Полтавський Шлях", "Героїв Праці", "Клочківська"};

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
        try (BufferedWriter one = Files.newBufferedWriter(dir.resolve("night1.csv"), StandardCharsets.UTF_8);
             BufferedWriter two = Files.newBufferedWriter(dir.resolve("night2.csv"), StandardCharsets.UTF_8)) {
            String header = "id,surname,given_name,birth_date,rnokpp,street,house,apartment\n";
            one.write(header);
            two.write(header);
            for (int i = 0; i < rows; i++) {
                String row = row(i, new SplittableRandom(i * 31L + 7));
                one.write(row);
                if (updated[i]) {
                    String[] cells = row.split(",", -1);
                    cells[1] = cells[1] + "-Нова";
                    two.write(String.join(",", cells));
                } else if (!deleted[i]) {
                    two.write(row);
                }
            }
            for (int i = rows; i < rows + inserts; i++) {
                two.write(row(i, new SplittableRandom(i * 31L + 7)));
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
        for (String mode : new String[]{"incremental", "upsert"}) {
            Files.writeString(dir.resolve(mode + ".yaml"), """
                    unireg: 1
                    job: bench-%s
                    sources:
                      - {id: people, type: csv, path: people.csv, key: id, encoding: utf-8, delimiter: ","}
                    target: {schema: person.json}
                    fields:
                      surname: {from: surname}
                      given_name: {from: given_name}
                      birth_date: {from: birth_date, normalize: [{date: {patterns: [yyyy-MM-dd]}}]}
                      rnokpp: {from: rnokpp}
                      street: {from: street}
                      house: {from: house}
                      apartment: {from: apartment}
                    outputs:
                      - {type: csv, path: records.csv}
                      - {type: jdbc, url: "%s", user: postgres, table: person_%s, mode: %s}
                    """.formatted(mode, url, mode, mode));
        }
        System.out.printf(Locale.ROOT, "rows=%d changes=%d updates=%d inserts=%d deletes=%d%n", rows, changes, updates, inserts, deletes);
    }

    private static String row(int i, SplittableRandom r) {
        return String.format(Locale.ROOT, "%d,%s,%s,%d-%02d-%02d,%010d,%s,%d,%d%n", 1_000_000 + i,
                SURNAMES[r.nextInt(SURNAMES.length)], GIVEN[r.nextInt(GIVEN.length)], 1930 + r.nextInt(80), 1 + r.nextInt(12),
                1 + r.nextInt(28), r.nextLong(10_000_000_000L), STREETS[r.nextInt(STREETS.length)], 1 + r.nextInt(200), 1 + r.nextInt(300));
    }
}
