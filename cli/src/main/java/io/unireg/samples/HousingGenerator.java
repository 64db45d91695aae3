package io.unireg.samples;

import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A housing department's FoxPro table ({@code housing.dbf} + {@code housing.fpt}, cp866, language
 * driver 0x65) about residents' flats: one row per account holder, names in capitals as DOS programs
 * kept them (І і as Latin I i, Ґ ґ as Г г, ’ as '), a memo note on some rows, and rows marked deleted
 * (closed accounts) still in the file. {@code housing.truth.csv} beside it gives each row's clean values.
 */
public final class HousingGenerator {

    static final List<DbfTableWriter.Field> FIELDS = List.of(
            DbfTableWriter.Field.text("OS_RAH", 8),
            DbfTableWriter.Field.text("PRIZV", 30),
            DbfTableWriter.Field.text("IMIA", 20),
            DbfTableWriter.Field.text("PO_BAT", 24),
            DbfTableWriter.Field.text("STAT", 1),
            DbfTableWriter.Field.date("DATA_NAR"),
            DbfTableWriter.Field.text("IPN", 10),
            DbfTableWriter.Field.text("PASPORT", 12),
            DbfTableWriter.Field.text("VULYTSIA", 40),
            DbfTableWriter.Field.text("BUD", 8),
            DbfTableWriter.Field.text("KV", 6),
            DbfTableWriter.Field.number("PLOSCHA", 6, 2),
            DbfTableWriter.Field.number("KIL_OSIB", 2, 0),
            DbfTableWriter.Field.logical("PILGA"),
            DbfTableWriter.Field.date("DATA_REJ"),
            DbfTableWriter.Field.memo("PRYMITKA"));

    static final List<String> TRUTH_HEADER = List.of("key", "person_id", "surname", "given_name", "patronymic", "sex",
            "birth_date", "rnokpp", "document_type", "document_number", "street", "house", "apartment", "area", "benefit", "note", "deleted", "expect");

    private static final List<String> NOTES = List.of(
            "Лічильник води встановлено", "Пільга учасника бойових дій", "Борг за опалення погашено",
            "Квартира приватизована", "Договір найму", "Перерахунок за відсутності мешканців");
    private static final int LANGUAGE_DRIVER_CP866 = 0x65;
    private static final LocalDate LAST_UPDATE = LocalDate.of(2024, 11, 29);

    private final double share;
    private final double deletedRate;
    private final long seed;

    public HousingGenerator(double share, double deletedRate, long seed) {
        this.share = share;
        this.deletedRate = deletedRate;
        this.seed = seed;
    }

    /** {@code housing.dbf} → {@code housing.truth.csv}. */
    public static Path truthPathFor(Path table) {
        String name = table.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return table.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".truth.csv");
    }

    /** Writes the table, its memo file and the truth; returns rows written and rows marked deleted. */
    public int[] write(Path residentsTruth, Path table) throws IOException {
        TruthPeople people = TruthPeople.read(residentsTruth);
        SplittableRandom rnd = new SplittableRandom(seed);
        ExportEncoding dos = ExportEncoding.CP866;
        int rows = 0;
        int deleted = 0;
        int account = 100_000;
        try (DbfTableWriter dbf = DbfTableWriter.create(table, FIELDS, dos.charset, LANGUAGE_DRIVER_CP866, LAST_UPDATE);
             BufferedWriter t = Files.newBufferedWriter(truthPathFor(table), StandardCharsets.UTF_8)) {
            DelimitedWriter truth = new DelimitedWriter(t, ',', "\n");
            truth.row(TRUTH_HEADER.toArray(String[]::new));
            for (TruthPeople.Resident p : people.people()) {
                if (rnd.nextDouble() >= share) {
                    continue;
                }
                account += 1 + rnd.nextInt(40);
                String key = String.valueOf(account);
                boolean isDeleted = rnd.nextDouble() < deletedRate;
                BigDecimal area = BigDecimal.valueOf(18 + rnd.nextDouble() * 90).setScale(2, RoundingMode.HALF_UP);
                int residents = 1 + rnd.nextInt(5);
                boolean benefit = rnd.nextDouble() < 0.2;
                String note = rnd.nextDouble() < 0.3 ? NOTES.get(rnd.nextInt(NOTES.size())) : "";
                dbf.add(isDeleted,
                        key,
                        dos.adapt(p.surname().toUpperCase(Locale.ROOT)),
                        dos.adapt(p.givenName().toUpperCase(Locale.ROOT)),
                        dos.adapt(p.patronymic().toUpperCase(Locale.ROOT)),
                        p.sex().equals("M") ? "Ч" : "Ж",
                        p.birthDate(),
                        p.rnokpp(),
                        p.documentNumber(),
                        dos.adapt(p.street()),
                        p.house(),
                        p.apartment(),
                        area,
                        residents,
                        benefit,
                        p.registrationDate(),
                        dos.adapt(note));
                truth.row(key, p.personId(), p.surname(), p.givenName(), p.patronymic(), p.sex(), p.birthDate().toString(),
                        p.rnokpp(), p.documentType(), p.documentNumber(), p.street(), p.house(), p.apartment(), area.toPlainString(), String.valueOf(benefit), note,
                        String.valueOf(isDeleted), isDeleted ? "skip" : "accept");
                rows++;
                if (isDeleted) {
                    deleted++;
                }
            }
            truth.flush();
        }
        return new int[] {rows, deleted};
    }
}
