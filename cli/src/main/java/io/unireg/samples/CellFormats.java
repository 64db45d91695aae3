package io.unireg.samples;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** How clerks wrote dates, documents, addresses, phones and birth places: the export-side spellings. */
final class CellFormats {

    enum DateStyle {
        DMY_DOTS(Defect.DATE_FORMAT_DMY_DOTS),
        ISO(Defect.DATE_FORMAT_ISO),
        SHORT(Defect.DATE_FORMAT_SHORT),
        SLASH(Defect.DATE_FORMAT_SLASH);

        final Defect tag;

        DateStyle(Defect tag) {
            this.tag = tag;
        }
    }

    private CellFormats() {
    }

    static String date(DateStyle style, LocalDate d) {
        return date(style, d.getYear(), d.getMonthValue(), d.getDayOfMonth());
    }

    /** Also renders impossible dates (31.02.1985), which is why it takes the parts rather than a LocalDate. */
    static String date(DateStyle style, int year, int month, int day) {
        StringBuilder sb = new StringBuilder(10);
        switch (style) {
            case DMY_DOTS -> pad(pad(pad(sb, day, 2).append('.'), month, 2).append('.'), year, 4);
            case ISO -> pad(pad(pad(sb, year, 4).append('-'), month, 2).append('-'), day, 2);
            case SHORT -> pad(sb.append(day).append('.').append(month).append('.'), year % 100, 2);
            case SLASH -> pad(pad(pad(sb, day, 2).append('/'), month, 2).append('/'), year, 4);
        }
        return sb.toString();
    }

    /** Zero-padded number; String.format is too slow for a million rows. */
    static StringBuilder pad(StringBuilder sb, int value, int width) {
        String digits = Integer.toString(value);
        for (int i = digits.length(); i < width; i++) {
            sb.append('0');
        }
        return sb.append(digits);
    }

    static String document(Person p, boolean latinSeries, SplittableRandom rnd) {
        String number = p.documentNumber();
        double u = rnd.nextDouble();
        if (p.documentType() == Person.DocumentType.ID_CARD) {
            return u < 0.6 ? number : u < 0.8 ? "ID " + number : "ID-картка №" + number;
        }
        String series = latinSeries ? Homoglyphs.allLatin(number.substring(0, 2)) : number.substring(0, 2);
        String digits = number.substring(2);
        return u < 0.5 ? series + digits : u < 0.8 ? series + " " + digits : "паспорт " + series + " №" + digits;
    }

    /**
     * The address as the export holds it. {@code lineBreak} puts a line break after one separator,
     * {@code semicolons} separates the parts with "; " instead of ", ".
     */
    static String address(Person p, boolean russian, boolean oldName, boolean lineBreak, boolean semicolons,
                          SplittableRandom rnd) {
        Street s = p.street();
        String type = oldName ? (russian ? s.oldTypeRu() : s.oldType()) : (russian ? s.typeRu() : s.type());
        String name = oldName ? (russian ? s.oldNameRu() : s.oldNameUk()) : (russian ? s.nameRu() : s.nameUk());
        List<String> parts = new ArrayList<>(4);
        double u = rnd.nextDouble();
        boolean compact = u >= 0.85;
        if (u >= 0.15) {
            parts.add(compact ? (russian ? "г.Харьков" : "м.Харків") : (russian ? "г. Харьков" : "м. Харків"));
        }
        parts.add(type + (compact ? "" : " ") + name);
        parts.add(compact ? p.house() : (russian ? "д. " : "буд. ") + p.house());
        if (!p.apartment().isEmpty()) {
            parts.add((compact ? "кв." : "кв. ") + p.apartment());
        }
        String separator = semicolons ? "; " : ", ";
        int breakBefore = lineBreak ? 1 + rnd.nextInt(parts.size() - 1) : -1;
        StringBuilder sb = new StringBuilder(64);
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0) {
                sb.append(i == breakBefore ? separator.strip() + "\n" : separator);
            }
            sb.append(parts.get(i));
        }
        return sb.toString();
    }

    /** The default spelling: ten national digits, 0501234567. */
    static String phone(String e164) {
        return e164.isEmpty() ? "" : "0" + e164.substring(4);
    }

    static String phoneVariant(String e164, SplittableRandom rnd) {
        String national = phone(e164);
        String code = national.substring(0, 3);
        String rest = national.substring(3);
        String spaced = rest.substring(0, 3) + " " + rest.substring(3, 5) + " " + rest.substring(5);
        String dashed = rest.substring(0, 3) + "-" + rest.substring(3, 5) + "-" + rest.substring(5);
        return switch (rnd.nextInt(7)) {
            case 0 -> code + " " + spaced;
            case 1 -> "(" + code + ") " + dashed;
            case 2 -> "8 " + code + " " + spaced;
            case 3 -> "+38(" + code + ")" + rest;
            case 4 -> "+38 " + code + " " + dashed;
            case 5 -> "38" + national;
            default -> code + "-" + dashed;
        };
    }

    static String birthPlace(Settlement s, SplittableRandom rnd) {
        double u = rnd.nextDouble();
        if (s.nameUk().equals("Харків")) {
            return u < 0.8 ? "м. Харків" : u < 0.9 ? "Харків" : "г. Харьков";
        }
        String place = s.prefix() + " " + s.nameUk();
        if (s.category().equals("M")) {
            return u < 0.5 ? place : place + ", Харківська обл.";
        }
        String raion = s.raionUk() + " р-н";
        return u < 0.5 ? place + ", " + raion + ", Харківська обл." : "Харківська обл., " + raion + ", " + place;
    }
}
