package io.unireg.schema;

import io.unireg.normalize.ua.Edrpou;
import io.unireg.normalize.ua.IbanUa;
import io.unireg.normalize.ua.Katottg;
import io.unireg.normalize.ua.Koatuu;
import io.unireg.normalize.ua.Passport;
import io.unireg.normalize.ua.Phone;
import io.unireg.normalize.ua.Unzr;

import java.util.List;

/**
 * The identifier checks besides {@link RnokppCheck}, each a thin wrapper round the algorithm class the
 * normalising function of the same name uses (io.unireg.normalize.ua), so a value the function let through
 * never fails its check. Values arrive normalised: the checks accept only the canonical form.
 */
final class UkrainianIdChecks {

    private UkrainianIdChecks() {
    }

    static List<DomainCheck> all() {
        return List.of(
                DomainCheck.of("edrpou", "ЄДРПОУ (legal entity code): 8 digits with a valid check digit",
                        v -> {
                            Edrpou.Problem p = Edrpou.problem(v);
                            return p == null ? null : "ЄДРПОУ " + Mask.identifier(v) + " " + p.message;
                        }),
                DomainCheck.of("unzr", "УНЗР: YYYYMMDD-NNNNC with a date that exists and a sequence above 0000;"
                                + " the unverified check digit is not checked (unzr_strict checks it)",
                        v -> unzr(v, false)),
                DomainCheck.of("unzr_strict", "УНЗР as unzr, and the ICAO 7-3-1 check digit must hold",
                        v -> unzr(v, true)),
                DomainCheck.of("passport", "Passport booklet (two Cyrillic capitals and 6 digits) or ID card (9 digits)",
                        v -> Passport.isCanonical(v) ? null : "document " + Mask.identifier(v)
                                + " is neither a passport booklet number (two Cyrillic letters, 6 digits) nor an ID-card number (9 digits)"),
                DomainCheck.of("katottg", "КАТОТТГ code: UA and 17 digits, present in the shipped codifier",
                        Katottg::problem),
                DomainCheck.of("koatuu", "КОАТУУ code: 10 digits starting with a region code", Koatuu::problem),
                DomainCheck.of("phone", "Telephone number in E.164 (+ and digits) that libphonenumber finds valid",
                        v -> Phone.isE164(v) ? null : "phone " + Mask.identifier(v) + " is not a valid E.164 number"),
                DomainCheck.of("iban_ua", "Ukrainian IBAN: UA, 27 more characters, mod-97 check digits",
                        IbanUa::problem));
    }

    private static String unzr(String value, boolean strict) {
        Unzr.Problem p = Unzr.problem(value, strict);
        return p == null ? null : "УНЗР " + Mask.identifier(value) + " " + p.message;
    }
}
