package io.unireg.samples;

import static io.unireg.samples.Defect.*;

import io.unireg.samples.CellFormats.DateStyle;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.StringJoiner;

/** Turns a clean {@link Person} into one export row with defects planted, and the truth row that explains them. */
final class RowRenderer {

    private static final Locale UK = Locale.forLanguageTag("uk");
    private static final LocalDate FIRST_BIRTH = LocalDate.of(1920, 1, 1);
    private static final LocalDate LAST_BIRTH = LocalDate.of(2007, 12, 31);
    private static final String[][] SEX_SPELLINGS = {
        {"ч", "ж"}, {"Ч", "Ж"}, {"чол.", "жін."}, {"м", "ж"}, {"М", "Ж"}, {"муж.", "жен."}, {"M", "F"}};
    /** Impossible month/day pairs, whatever the year. */
    private static final int[][] IMPOSSIBLE = {{2, 30}, {2, 31}, {4, 31}, {6, 31}, {9, 31}, {11, 31}};
    /** On a duplicate row a different clerk typed the person again: these slips are more likely. */
    private static final double DUP_RU_GIVEN = 0.3;
    private static final double DUP_RNOKPP_EMPTY = 0.3;

    private final SplittableRandom rnd;
    private final DefectRates rates;

    RowRenderer(SplittableRandom rnd, DefectRates rates) {
        this.rnd = rnd;
        this.rates = rates;
    }

    private boolean hit(Defect d) {
        return rnd.nextDouble() < rates.of(d);
    }

    ResidentRow render(Person p, long key, boolean duplicate) {
        return render(p, key, duplicate, false);
    }

    /** {@code moved}: the caller gave the person a new address for this row (tagged, not planted here). */
    ResidentRow render(Person p, long key, boolean duplicate, boolean moved) {
        EnumSet<Defect> tags = EnumSet.noneOf(Defect.class);
        if (moved) {
            tags.add(MOVED_ADDRESS);
        }
        List<String> rejectFields = new ArrayList<>(2);
        if (duplicate) {
            tags.add(DUPLICATE_PERSON);
        }
        String[] names = names(p, duplicate, tags);

        String sex = p.male() ? "чоловіча" : "жіноча";
        if (hit(SEX_VARIANTS)) {
            sex = SEX_SPELLINGS[rnd.nextInt(SEX_SPELLINGS.length)][p.male() ? 0 : 1];
            tags.add(Defect.SEX_VARIANTS);
        }

        LocalDate birth = p.birthDate();
        if (duplicate && hit(DUP_DATE_TYPO)) {
            LocalDate typo = birth.plusDays(rnd.nextBoolean() ? 1 : -1);
            birth = typo.isBefore(FIRST_BIRTH) || typo.isAfter(LAST_BIRTH) ? birth.plusDays(
                    typo.isBefore(FIRST_BIRTH) ? 1 : -1) : typo;
            tags.add(DUP_DATE_TYPO);
        } else if (duplicate && rates.of(DUP_DATE_SWAP) > 0 && hit(DUP_DATE_SWAP)
                && birth.getDayOfMonth() <= 12 && birth.getDayOfMonth() != birth.getMonthValue()) {
            birth = LocalDate.of(birth.getYear(), birth.getDayOfMonth(), birth.getMonthValue());
            tags.add(DUP_DATE_SWAP);
        }
        DateStyle style = dateStyle(birth);
        tags.add(style.tag);
        String birthOut = CellFormats.date(style, birth);
        String birthTruth = birth.toString();
        if (hit(BAD_DATE)) {
            int[] md = impossible(birth.getYear());
            birthOut = CellFormats.date(style, birth.getYear(), md[0], md[1]);
            birthTruth = CellFormats.date(DateStyle.ISO, birth.getYear(), md[0], md[1]);
            tags.add(BAD_DATE);
            rejectFields.add("birth_date");
        }

        String rnokppOut = p.rnokpp();
        String rnokppTruth = p.rnokpp();
        if (hit(RNOKPP_EMPTY) || (duplicate && rnd.nextDouble() < DUP_RNOKPP_EMPTY)) {
            rnokppOut = "";
            rnokppTruth = "";
            tags.add(RNOKPP_EMPTY);
        } else if (hit(BAD_RNOKPP)) {
            int last = rnokppOut.charAt(9) - '0';
            rnokppOut = rnokppOut.substring(0, 9) + (char) ('0' + (last + 1 + rnd.nextInt(9)) % 10);
            rnokppTruth = rnokppOut;
            tags.add(BAD_RNOKPP);
            rejectFields.add("rnokpp");
        } else if (rnokppOut.charAt(0) == '0' && hit(RNOKPP_MISSING_ZERO)) {
            rnokppOut = rnokppOut.substring(1);
            tags.add(RNOKPP_MISSING_ZERO);
        }
        // eddr-person's row check rnokpp_consistent refuses a valid RNOKPP whose encoded date the row contradicts.
        if ((tags.contains(DUP_DATE_TYPO) || tags.contains(DUP_DATE_SWAP)) && !tags.contains(BAD_DATE) && !rnokppOut.isEmpty() && !tags.contains(BAD_RNOKPP)) {
            rejectFields.add("rnokpp");
        }

        boolean latin = p.documentType() == Person.DocumentType.PASSPORT && hit(PASSPORT_LATIN);
        if (latin) {
            tags.add(PASSPORT_LATIN);
        }
        String document = CellFormats.document(p, latin, rnd);

        boolean russian = tag(tags, ADDRESS_RU, hit(ADDRESS_RU));
        boolean oldName = tag(tags, ADDRESS_OLD_NAME, p.street().renamed() && hit(ADDRESS_OLD_NAME));
        boolean multiline = tag(tags, ADDRESS_MULTILINE, hit(ADDRESS_MULTILINE));
        boolean semicolons = tag(tags, ADDRESS_SEMICOLON, hit(ADDRESS_SEMICOLON));
        String address = CellFormats.address(p, russian, oldName, multiline, semicolons, rnd);

        String phone = CellFormats.phone(p.phone());
        if (!phone.isEmpty() && hit(PHONE_FORMATS)) {
            phone = CellFormats.phoneVariant(p.phone(), rnd);
            tags.add(PHONE_FORMATS);
        }
        boolean blank = tag(tags, BLANK_LINE, hit(BLANK_LINE));

        List<String> export = List.of(Long.toString(key), names[0], names[1], names[2], sex, birthOut,
                CellFormats.birthPlace(p.birthPlace(), rnd), rnokppOut, document, address,
                CellFormats.date(style, p.registrationDate()), phone);
        boolean rejected = !rejectFields.isEmpty();
        StringJoiner defects = new StringJoiner("|");
        tags.forEach(t -> defects.add(t.tag));
        List<String> truth = List.of(Long.toString(key), p.personId(), p.surnameUk(), p.given().uk(),
                p.patronymicUk(), p.male() ? "M" : "F", birthTruth, rnokppTruth, p.documentType().code,
                p.documentNumber(), p.address(), p.registrationDate().toString(), p.phone(),
                defects.toString(), rejected ? "reject" : "accept", String.join("|", rejectFields));
        return new ResidentRow(export, truth, blank, rejected);
    }

    /** Surname, given name, patronymic as typed, in that order. */
    private String[] names(Person p, boolean duplicate, EnumSet<Defect> tags) {
        String surname = p.surnameUk();
        if (p.surname().hasRussianSpelling() && hit(RU_SURNAME)) {
            surname = p.surname().ru(p.male());
            tags.add(RU_SURNAME);
        }
        if (duplicate && rates.of(DUP_NAME_TYPO) > 0 && hit(DUP_NAME_TYPO)) {
            surname = typo(surname);
            tags.add(DUP_NAME_TYPO);
        }
        String given = p.given().uk();
        if (hit(RU_GIVEN) || (duplicate && rnd.nextDouble() < DUP_RU_GIVEN)) {
            String ru = p.given().ru().get(rnd.nextInt(p.given().ru().size()));
            if (!ru.equals(given)) {
                given = ru;
                tags.add(RU_GIVEN);
            }
        }
        String patronymic = p.patronymicUk();
        if (hit(RU_PATRONYMIC)) {
            String ru = p.father().patronymicRu(p.male());
            if (!ru.equals(patronymic)) {
                patronymic = ru;
                tags.add(RU_PATRONYMIC);
            }
        }
        if (hit(UPPER_SURNAME)) {
            surname = surname.toUpperCase(UK);
            tags.add(UPPER_SURNAME);
        }
        if (hit(LOWER_NAME)) {
            given = given.toLowerCase(UK);
            patronymic = patronymic.toLowerCase(UK);
            tags.add(LOWER_NAME);
        }
        String[] names = {surname, given, patronymic};
        if (hit(HOMOGLYPH)) {
            int field = rnd.nextInt(3);
            if (Homoglyphs.hasCandidate(names[field])) {
                names[field] = Homoglyphs.swap(names[field], rnd);
                tags.add(HOMOGLYPH);
            }
        }
        if (hit(STRAY_SPACES)) {
            int field = rnd.nextInt(3);
            names[field] = switch (rnd.nextInt(5)) {
                case 0 -> " " + names[field];
                case 1 -> names[field] + " ";
                case 2 -> "  " + names[field];
                case 3 -> names[field] + "  ";
                default -> " " + names[field] + " ";
            };
            tags.add(STRAY_SPACES);
        }
        return names;
    }

    /** One slip of the keyboard, never on the first letter (the clerk saw that one). */
    private String typo(String word) {
        if (word.length() < 4) {
            return word;
        }
        int at = 1 + rnd.nextInt(word.length() - 2);
        return switch (rnd.nextInt(3)) {
            case 0 -> word.substring(0, at) + word.substring(at + 1);
            case 1 -> word.substring(0, at + 1) + word.charAt(at) + word.substring(at + 1);
            default -> word.substring(0, at) + word.charAt(at + 1) + word.charAt(at) + word.substring(at + 2);
        };
    }

    private DateStyle dateStyle(LocalDate birth) {
        double u = rnd.nextDouble();
        double iso = rates.of(DATE_FORMAT_ISO);
        double shortYear = iso + rates.of(DATE_FORMAT_SHORT);
        double slash = shortYear + rates.of(DATE_FORMAT_SLASH);
        if (u < iso) {
            return DateStyle.ISO;
        }
        if (u < shortYear) {
            int y = birth.getYear();
            return y >= 1930 && y <= 1999 ? DateStyle.SHORT : DateStyle.DMY_DOTS;
        }
        return u < slash ? DateStyle.SLASH : DateStyle.DMY_DOTS;
    }

    private int[] impossible(int year) {
        boolean leap = LocalDate.of(year, 1, 1).isLeapYear();
        int pick = rnd.nextInt(IMPOSSIBLE.length + (leap ? 0 : 1));
        return pick < IMPOSSIBLE.length ? IMPOSSIBLE[pick] : new int[] {2, 29};
    }

    private static boolean tag(EnumSet<Defect> tags, Defect d, boolean applied) {
        if (applied) {
            tags.add(d);
        }
        return applied;
    }
}
