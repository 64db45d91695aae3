package io.unireg.samples;

import java.util.Arrays;
import java.util.Optional;

/**
 * The defects the generator plants, with the tag the truth file names them by and a default rate.
 * A rate is the chance per row, except where the comment says it applies only to eligible rows.
 * Declaration order is the order tags appear in the truth file.
 */
public enum Defect {
    STRAY_SPACES("stray_spaces", 0.04),
    UPPER_SURNAME("upper_surname", 0.15),
    LOWER_NAME("lower_name", 0.03),
    RU_GIVEN("ru_given", 0.12),
    RU_PATRONYMIC("ru_patronymic", 0.10),
    /** Only where the surname has a Russian spelling. */
    RU_SURNAME("ru_surname", 0.15),
    HOMOGLYPH("homoglyph", 0.03),
    BAD_RNOKPP("bad_rnokpp", 0.015),
    /** Only for people born before 1927-05-19, whose number starts with 0. */
    RNOKPP_MISSING_ZERO("rnokpp_missing_zero", 0.7),
    RNOKPP_EMPTY("rnokpp_empty", 0.06),
    /** The default format: its rate is whatever the other three formats leave. */
    DATE_FORMAT_DMY_DOTS("date_format_dmy_dots", 0.0),
    DATE_FORMAT_ISO("date_format_iso", 0.08),
    /** Only for people born 1930–1999, so a pivot year of 1930 reads the two-digit year unambiguously. */
    DATE_FORMAT_SHORT("date_format_short", 0.05),
    DATE_FORMAT_SLASH("date_format_slash", 0.04),
    BAD_DATE("bad_date", 0.005),
    SEX_VARIANTS("sex_variants", 0.25),
    /** Only for passport booklets. */
    PASSPORT_LATIN("passport_latin", 0.06),
    ADDRESS_MULTILINE("address_multiline", 0.01),
    ADDRESS_SEMICOLON("address_semicolon", 0.01),
    /** The address written in Russian (г. Харьков, ул. Сумская, д. 12). */
    ADDRESS_RU("address_ru", 0.10),
    /** Only for renamed streets: the pre-renaming name. */
    ADDRESS_OLD_NAME("address_old_name", 0.25),
    PHONE_FORMATS("phone_formats", 0.35),
    BLANK_LINE("blank_line", 0.003),
    DUPLICATE_PERSON("duplicate_person", 0.08),
    /** Only on duplicate rows: the birth date one day off. */
    DUP_DATE_TYPO("dup_date_typo", 0.2),
    /* The next three are for dedupe data (unireg generate --out DIR); off by default so the single-export
       sample keeps its bytes. Each applies only to duplicate rows. */
    /** A one-letter slip in the surname: a letter dropped, doubled or two letters swapped. */
    DUP_NAME_TYPO("dup_name_typo", 0.0),
    /** Day and month swapped (only where the day is 12 or less and differs from the month). */
    DUP_DATE_SWAP("dup_date_swap", 0.0),
    /** The person moved: this row carries another address than their first record. */
    MOVED_ADDRESS("moved_address", 0.0);

    public final String tag;
    public final double defaultRate;

    Defect(String tag, double defaultRate) {
        this.tag = tag;
        this.defaultRate = defaultRate;
    }

    public static Optional<Defect> byTag(String tag) {
        return Arrays.stream(values()).filter(d -> d.tag.equals(tag)).findFirst();
    }
}
