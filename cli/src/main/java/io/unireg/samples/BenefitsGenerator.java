package io.unireg.samples;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes {@code benefits.xlsx}: a social-benefit recipients workbook as a district social-protection
 * office keeps it — a title row, a two-level header under merged group cells, a row of column numbers,
 * date cells, codes stored as text with leading zeros (and some as numbers shown with a {@code 0000}
 * format), a formula column, hidden rows and a hidden reference sheet — and {@code benefits.truth.csv}
 * with the clean values. Recipients are people of the residents sample (same {@code person_id}), drawn
 * mostly from the elderly, as benefits are. The same seed gives the same workbook.
 */
public final class BenefitsGenerator {

    /** Benefit kinds: code (4 digits, leading zero), name, monthly amount in hryvnias. */
    static final String[][] KINDS = {
        {"0101", "Державна соціальна допомога особам, які не мають права на пенсію", "2361.00"},
        {"0203", "Державна соціальна допомога особам з інвалідністю з дитинства", "2548.50"},
        {"0305", "Субсидія на оплату житлово-комунальних послуг", "1187.35"},
        {"0410", "Допомога на проживання внутрішньо переміщеним особам", "2000.00"},
        {"0512", "Допомога на догляд особі з інвалідністю I групи", "3146.00"},
    };

    static final List<String> TRUTH_HEADER = List.of("key", "person_id", "surname", "given_name", "patronymic", "sex",
        "birth_date", "rnokpp", "document_type", "document_number", "benefit_code", "benefit_start",
        "monthly_amount", "annual_amount", "row", "defects", "expect", "reject_fields");

    /** Defects planted in the workbook, in truth-file order. */
    enum Defect {
        UPPER_SURNAME("upper_surname", 0.15),
        STRAY_SPACES("stray_spaces", 0.08),
        BIRTH_DATE_TEXT("birth_date_text", 0.12),       // typed as text 12.02.1969, not a date cell
        RNOKPP_NUMBER("rnokpp_number", 0.2),            // stored as a number: a leading zero is lost
        CODE_NUMBER("code_number", 0.3),                // benefit code stored as a number, shown 0000
        BAD_RNOKPP("bad_rnokpp", 0.02),                 // wrong check digit → reject
        HIDDEN_ROW("hidden_row", 0.03);                 // row hidden (payment suspended), still data

        final String tag;
        final double rate;

        Defect(String tag, double rate) {
            this.tag = tag;
            this.rate = rate;
        }
    }

    static final int FIRST_DATA_ROW = 6; // title, blank, two header rows, column numbers
    private static final String TITLE = "Реєстр отримувачів державної соціальної допомоги — Управління соціального "
        + "захисту населення Шевченківського району Харківської міської ради, станом на 01.12.2025";
    private static final LocalDate LAST_START = LocalDate.of(2025, 11, 1);

    private final ReferenceData data;
    private final int rows;
    private final long seed;

    public BenefitsGenerator(ReferenceData data, int rows, long seed) {
        this.data = data;
        this.rows = rows;
        this.seed = seed;
    }

    /** {@code benefits.xlsx} → {@code benefits.truth.csv}. */
    public static Path truthPathFor(Path workbook) {
        String name = workbook.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return workbook.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".truth.csv");
    }

    /** Writes the workbook and its truth; returns the number of recipients. */
    public int write(Path workbook) throws IOException {
        Path parent = workbook.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputStream w = Files.newOutputStream(workbook); OutputStream t = Files.newOutputStream(truthPathFor(workbook))) {
            return write(w, t);
        }
    }

    public int write(OutputStream workbookOut, OutputStream truthOut) throws IOException {
        List<Person> recipients = recipients();
        SplittableRandom rnd = new SplittableRandom(seed ^ 0x5EED_BE4EL);
        Writer truthWriter = new BufferedWriter(new OutputStreamWriter(truthOut, StandardCharsets.UTF_8));
        DelimitedWriter truth = new DelimitedWriter(truthWriter, ',', "\n");
        truth.row(TRUTH_HEADER.toArray(String[]::new));
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Styles styles = new Styles(wb);
            Sheet sheet = wb.createSheet("Отримувачі");
            header(sheet, styles);
            int caseNumber = 1000 + rnd.nextInt(2000);
            for (int i = 0; i < recipients.size(); i++) {
                caseNumber += 1 + rnd.nextInt(40);
                truth.row(row(sheet, styles, FIRST_DATA_ROW - 1 + i, i + 1, recipients.get(i),
                    CellFormats.pad(new StringBuilder(), caseNumber, 6).toString(), rnd).toArray(String[]::new));
            }
            widths(sheet);
            Sheet kinds = wb.createSheet("Довідник");
            Row head = kinds.createRow(0);
            head.createCell(0).setCellValue("Код виду");
            head.createCell(1).setCellValue("Вид допомоги");
            head.createCell(2).setCellValue("Розмір, грн");
            for (int k = 0; k < KINDS.length; k++) {
                Row r = kinds.createRow(k + 1);
                r.createCell(0).setCellValue(KINDS[k][0]);
                r.createCell(1).setCellValue(KINDS[k][1]);
                r.createCell(2).setCellValue(Double.parseDouble(KINDS[k][2]));
            }
            wb.setSheetHidden(1, true);
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll(); // cached values, as Excel saves them
            // Fixed document dates, so the same seed gives the same bytes.
            var core = wb.getProperties().getCoreProperties();
            core.setCreated(Optional.of(java.util.Date.from(LocalDateTime.of(2025, 12, 1, 9, 0).toInstant(ZoneOffset.UTC))));
            core.setCreator("УСЗН");
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            wb.write(bytes);
            fixZipTimes(bytes.toByteArray(), workbookOut);
        }
        truth.flush();
        return recipients.size();
    }

    /** POI stamps each ZIP entry with the current time; the same stamp everywhere keeps the bytes reproducible. */
    private static void fixZipTimes(byte[] workbook, OutputStream out) throws IOException {
        long stamp = LocalDateTime.of(2025, 12, 1, 9, 0).toInstant(ZoneOffset.UTC).toEpochMilli();
        java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out);
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(workbook))) {
            java.util.zip.ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                java.util.zip.ZipEntry copy = new java.util.zip.ZipEntry(e.getName());
                copy.setTime(stamp);
                zip.putNextEntry(copy);
                in.transferTo(zip);
                zip.closeEntry();
            }
        }
        zip.finish();
    }

    /** People of the residents sample, in their order: the elderly far more often. */
    private List<Person> recipients() throws IOException {
        List<Person> people = new ArrayList<>();
        new ResidentsGenerator(data, GeneratorOptions.defaults()).write(OutputStream.nullOutputStream(),
            OutputStream.nullOutputStream(), people::add);
        SplittableRandom pick = new SplittableRandom(seed);
        List<Person> chosen = new ArrayList<>();
        for (Person p : people) {
            double chance = p.birthDate().getYear() < 1950 ? 0.5 : p.birthDate().getYear() < 1965 ? 0.1 : 0.03;
            if (pick.nextDouble() < chance) {
                chosen.add(p);
                if (chosen.size() == rows) {
                    break;
                }
            }
        }
        return chosen;
    }

    private static void header(Sheet sheet, Styles s) {
        Row title = sheet.createRow(0);
        cell(title, 0, TITLE, s.title);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 13));
        Row top = sheet.createRow(2);
        Row sub = sheet.createRow(3);
        String[] single = {"№ з/п", "№ особової справи"};
        for (int c = 0; c < single.length; c++) {
            cell(top, c, single[c], s.header);
            cell(sub, c, null, s.header);
            sheet.addMergedRegion(new CellRangeAddress(2, 3, c, c));
        }
        group(sheet, top, sub, s, 2, "Отримувач", "Прізвище", "Ім'я", "По батькові", "Стать", "Дата народження");
        cell(top, 7, "РНОКПП", s.header);
        cell(sub, 7, null, s.header);
        sheet.addMergedRegion(new CellRangeAddress(2, 3, 7, 7));
        group(sheet, top, sub, s, 8, "Документ, що посвідчує особу", "Вид", "Серія та номер");
        group(sheet, top, sub, s, 10, "Допомога", "Код виду", "Призначено з", "Розмір,\nгрн", "Разом за рік,\nгрн");
        Row numbers = sheet.createRow(4);
        for (int c = 0; c < 14; c++) {
            Cell n = numbers.createCell(c);
            n.setCellValue(c + 1);
            n.setCellStyle(s.header);
        }
        sheet.createFreezePane(2, FIRST_DATA_ROW - 1);
    }

    private static void group(Sheet sheet, Row top, Row sub, Styles s, int first, String name, String... parts) {
        for (int i = 0; i < parts.length; i++) {
            cell(top, first + i, i == 0 ? name : null, s.header);
            cell(sub, first + i, parts[i], s.header);
        }
        sheet.addMergedRegion(new CellRangeAddress(2, 2, first, first + parts.length - 1));
    }

    private static void cell(Row row, int column, String text, CellStyle style) {
        Cell c = row.createCell(column);
        if (text != null) {
            c.setCellValue(text);
        }
        c.setCellStyle(style);
    }

    /** One recipient row; returns the truth row. */
    private List<String> row(Sheet sheet, Styles s, int index, int serial, Person p, String caseNumber,
                             SplittableRandom rnd) {
        EnumSet<Defect> tags = EnumSet.noneOf(Defect.class);
        for (Defect d : Defect.values()) {
            if (rnd.nextDouble() < d.rate) {
                tags.add(d);
            }
        }
        Row row = sheet.createRow(index);
        row.createCell(0).setCellValue(serial);
        text(row, 1, caseNumber, s);
        String surname = p.surnameUk();
        if (tags.contains(Defect.UPPER_SURNAME)) {
            surname = surname.toUpperCase(Locale.forLanguageTag("uk"));
        }
        text(row, 2, tags.contains(Defect.STRAY_SPACES) ? " " + surname + "  " : surname, s);
        text(row, 3, p.given().uk(), s);
        text(row, 4, p.patronymicUk(), s);
        text(row, 5, p.male() ? "ч" : "ж", s);
        if (tags.contains(Defect.BIRTH_DATE_TEXT)) {
            text(row, 6, CellFormats.date(CellFormats.DateStyle.DMY_DOTS, p.birthDate()), s);
        } else {
            Cell birth = row.createCell(6);
            birth.setCellValue(p.birthDate());
            birth.setCellStyle(s.date);
        }
        String rnokpp = p.rnokpp();
        List<String> rejectFields = new ArrayList<>();
        if (tags.contains(Defect.BAD_RNOKPP)) {
            rnokpp = rnokpp.substring(0, 9) + (char) ('0' + (rnokpp.charAt(9) - '0' + 1 + rnd.nextInt(8)) % 10);
            rejectFields.add("rnokpp");
        }
        if (tags.contains(Defect.RNOKPP_NUMBER)) {
            row.createCell(7).setCellValue(Long.parseLong(rnokpp)); // General: 0123456789 shows as 123456789
        } else {
            text(row, 7, rnokpp, s);
        }
        boolean passport = p.documentType() == Person.DocumentType.PASSPORT;
        text(row, 8, passport ? "паспорт" : "ID-картка", s);
        String number = p.documentNumber();
        text(row, 9, passport ? number.substring(0, 2) + " " + number.substring(2) : number, s);
        String[] kind = KINDS[rnd.nextInt(KINDS.length)];
        if (tags.contains(Defect.CODE_NUMBER)) {
            Cell code = row.createCell(10);
            code.setCellValue(Integer.parseInt(kind[0]));
            code.setCellStyle(s.code);
        } else {
            text(row, 10, kind[0], s);
        }
        long from = Math.max(p.birthDate().plusYears(18).toEpochDay(), LocalDate.of(2015, 1, 1).toEpochDay());
        LocalDate start = LocalDate.ofEpochDay(rnd.nextLong(from, LAST_START.toEpochDay() + 1)).withDayOfMonth(1);
        Cell startCell = row.createCell(11);
        startCell.setCellValue(start);
        startCell.setCellStyle(s.date);
        Cell amount = row.createCell(12);
        amount.setCellValue(Double.parseDouble(kind[2]));
        amount.setCellStyle(s.money);
        Cell annual = row.createCell(13);
        annual.setCellFormula("M" + (index + 1) + "*12");
        annual.setCellStyle(s.money);
        if (tags.contains(Defect.HIDDEN_ROW)) {
            row.setZeroHeight(true);
        }
        String annualText = new java.math.BigDecimal(kind[2]).multiply(java.math.BigDecimal.valueOf(12)).toPlainString();
        List<String> defects = new ArrayList<>();
        tags.forEach(d -> defects.add(d.tag));
        return List.of(caseNumber, p.personId(), p.surnameUk(), p.given().uk(), p.patronymicUk(), p.male() ? "M" : "F",
            p.birthDate().toString(), rnokpp, passport ? "passport_booklet" : "id_card", number, kind[0],
            start.toString(), kind[2], annualText, String.valueOf(index + 1), String.join("|", defects),
            rejectFields.isEmpty() ? "accept" : "reject", String.join("|", rejectFields));
    }

    private static void text(Row row, int column, String value, Styles s) {
        Cell c = row.createCell(column);
        c.setCellValue(value);
        c.setCellStyle(s.text);
    }

    private static void widths(Sheet sheet) {
        int[] chars = {6, 10, 16, 12, 16, 6, 12, 12, 10, 14, 8, 12, 11, 13};
        for (int c = 0; c < chars.length; c++) {
            sheet.setColumnWidth(c, chars[c] * 256);
        }
    }

    private static final class Styles {
        final CellStyle title;
        final CellStyle header;
        final CellStyle text;
        final CellStyle date;
        final CellStyle code;
        final CellStyle money;

        Styles(XSSFWorkbook wb) {
            var formats = wb.createDataFormat();
            Font bold = wb.createFont();
            bold.setBold(true);
            title = wb.createCellStyle();
            title.setFont(bold);
            header = wb.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            text = wb.createCellStyle();
            text.setDataFormat(formats.getFormat("@"));
            date = wb.createCellStyle();
            date.setDataFormat(formats.getFormat("dd.mm.yyyy"));
            code = wb.createCellStyle();
            code.setDataFormat(formats.getFormat("0000"));
            money = wb.createCellStyle();
            money.setDataFormat(formats.getFormat("0.00"));
        }
    }

    /** {@code BenefitsGenerator OUT.xlsx [ROWS [SEED]]} — what {@code scripts/gen-samples} runs. */
    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 3) {
            System.err.println("usage: BenefitsGenerator OUT.xlsx [ROWS [SEED]]");
            System.exit(2);
        }
        int rows = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : GeneratorOptions.DEFAULT_SEED;
        Path out = Path.of(args[0]);
        int n = new BenefitsGenerator(ReferenceData.load(), rows, seed).write(out);
        System.out.printf("%s: %d recipients; truth in %s%n", out, n, truthPathFor(out));
    }
}
