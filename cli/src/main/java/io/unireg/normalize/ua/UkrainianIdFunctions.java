package io.unireg.normalize.ua;

import io.unireg.normalize.ArgReader;
import io.unireg.normalize.FunctionArgs;
import io.unireg.normalize.FunctionLibrary;
import io.unireg.normalize.FunctionSpec;
import io.unireg.normalize.Normaliser;
import io.unireg.normalize.Outcome;
import io.unireg.normalize.Spaces;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Ukrainian identifiers as normalising functions: each cleans what exports do to a number (spaces, dropped
 * leading zeros, Latin look-alike letters, prefixes), then validates it with the algorithm class the schema
 * check uses too. Rejections name the identifier masked, never in full.
 */
public final class UkrainianIdFunctions implements FunctionLibrary {

    @Override
    public List<FunctionSpec> functions() {
        return List.of(
                new FunctionSpec("rnokpp",
                        "РНОКПП (ІПН): digits only, a dropped leading zero restored (born before 1927-05-19), check digit verified; placeholders such as 0000000000 rejected.",
                        "rnokpp",
                        "\"25 30 41 40 71\" → \"2530414071\"",
                        UkrainianIdFunctions::rnokpp),
                new FunctionSpec("edrpou",
                        "ЄДРПОУ: digits only, left-padded to 8 (spreadsheets drop the zeros), check digit verified (both weight sets, second pass).",
                        "edrpou",
                        "\"32945\" → \"00032945\"",
                        UkrainianIdFunctions::edrpou),
                new FunctionSpec("unzr",
                        "УНЗР as YYYYMMDD-NNNNC: date part must exist, sequence not 0000; the unverified ICAO 7-3-1 check digit rejects only with strict: true.",
                        "unzr or {unzr: {strict: true}}",
                        "\"1982 0712 00028\" → \"19820712-00028\"",
                        UkrainianIdFunctions::unzr),
                new FunctionSpec("passport",
                        "Passport booklet (МК123456, Latin look-alike series letters repaired) or ID card (9 digits), prefixes and № removed; kind outputs passport_booklet | id_card | foreign_passport instead.",
                        "passport or {passport: kind} or {passport: {allow_foreign: true, output: number}}",
                        "\"паспорт MK №123456\" → \"МК123456\"",
                        UkrainianIdFunctions::passport),
                new FunctionSpec("katottg",
                        "КАТОТТГ code: UA + 17 digits that exist in the shipped codifier (edition " + KatottgCodifier.EDITION + "); name outputs the unit's name instead.",
                        "katottg or {katottg: name}",
                        "\"ua 63 12 027 001 00 96107\" → \"UA63120270010096107\"",
                        UkrainianIdFunctions::katottg),
                new FunctionSpec("koatuu",
                        "КОАТУУ (the older territorial code): 10 digits starting with a region code; a dropped leading zero (Crimea, 01…) restored.",
                        "koatuu",
                        "\"110100000\" → \"0110100000\"",
                        UkrainianIdFunctions::koatuu),
                new FunctionSpec("phone",
                        "Telephone number in E.164 via libphonenumber (default region UA; 8 0XX…, +38(0XX)…, 380… understood); impossible numbers rejected.",
                        "phone or {phone: {region: PL}}",
                        "\"8 (050) 123-45-67\" → \"+380501234567\"",
                        UkrainianIdFunctions::phone),
                new FunctionSpec("iban_ua",
                        "Ukrainian IBAN: spaces removed, upper-cased, UA + 27 characters, mod-97 check digits verified.",
                        "iban_ua",
                        "\"ua21 3223 1300 0002 6007 2335 6600 1\" → \"UA213223130000026007233566001\"",
                        UkrainianIdFunctions::ibanUa));
    }

    private static Normaliser rnokpp(FunctionArgs raw) {
        ArgReader.of("rnokpp", raw).requireNone();
        return (value, row) -> {
            if (isBlank(value)) {
                return Outcome.missing();
            }
            String digits = Digits.of(value);
            if (digits == null) {
                return Outcome.reject("rnokpp", "РНОКПП " + Masking.identifier(value.strip())
                        + " holds letters: a document number? (people without an РНОКПП carry one)");
            }
            String number = Rnokpp.restoreLeadingZero(digits);
            Rnokpp.Problem problem = Rnokpp.problem(number);
            if (problem == null) {
                return Outcome.ok(number);
            }
            String detail = problem == Rnokpp.Problem.NOT_TEN_DIGITS ? problem.message + ", found " + number.length()
                    + (number.length() == 9 ? " (a leading 0 would not make it valid either)" : "") : problem.message;
            return Outcome.reject("rnokpp", "РНОКПП " + Masking.identifier(number) + " " + detail);
        };
    }

    private static Normaliser edrpou(FunctionArgs raw) {
        ArgReader.of("edrpou", raw).requireNone();
        return (value, row) -> {
            if (isBlank(value)) {
                return Outcome.missing();
            }
            String digits = Digits.of(value);
            if (digits == null || digits.isEmpty()) {
                return Outcome.reject("edrpou", "ЄДРПОУ " + Masking.identifier(value.strip()) + " is not a number");
            }
            String code = Edrpou.leftPad(digits);
            Edrpou.Problem problem = Edrpou.problem(code);
            return problem == null ? Outcome.ok(code) : Outcome.reject("edrpou", "ЄДРПОУ " + Masking.identifier(code)
                    + " " + problem.message + (problem == Edrpou.Problem.NOT_EIGHT_DIGITS ? ", found " + code.length() : ""));
        };
    }

    private static Normaliser unzr(FunctionArgs raw) {
        ArgReader args = ArgReader.of("unzr", raw);
        boolean strict = !args.isEmpty() && args.options(Set.of("strict")).bool("strict", false);
        return (value, row) -> {
            if (isBlank(value)) {
                return Outcome.missing();
            }
            String canonical = Unzr.canonical(value);
            Unzr.Problem problem = canonical == null ? Unzr.Problem.FORMAT : Unzr.problem(canonical, strict);
            return problem == null ? Outcome.ok(canonical) : Outcome.reject("unzr", "УНЗР "
                    + Masking.identifier(canonical == null ? value.strip() : canonical) + " " + problem.message);
        };
    }

    private static Normaliser passport(FunctionArgs raw) {
        ArgReader args = ArgReader.of("passport", raw);
        List<String> outputs = List.of("number", "kind");
        boolean allowForeign = false;
        String output = "number";
        if (args.isObject()) {
            ArgReader.Options options = args.options(Set.of("allow_foreign", "output"));
            allowForeign = options.bool("allow_foreign", false);
            output = options.choice("output", outputs, "number");
        } else if (!args.isEmpty()) {
            output = choose(args, "number or kind", outputs);
        }
        boolean foreign = allowForeign;
        boolean kind = output.equals("kind");
        return (value, row) -> {
            if (isBlank(value)) {
                return Outcome.missing();
            }
            Passport.Reading reading = Passport.read(value, foreign);
            if (reading.document() == null) {
                return Outcome.reject("passport", reading.problem());
            }
            return Outcome.ok(kind ? reading.document().kind().code : reading.document().number());
        };
    }

    private static Normaliser katottg(FunctionArgs raw) {
        ArgReader args = ArgReader.of("katottg", raw);
        boolean name = !args.isEmpty() && choose(args, "code or name", List.of("code", "name")).equals("name");
        return (value, row) -> {
            if (isBlank(value)) {
                return Outcome.missing();
            }
            String code = Katottg.canonical(value);
            String problem = Katottg.problem(code == null ? value.strip() : code);
            if (problem != null) {
                return Outcome.reject("katottg", problem);
            }
            return Outcome.ok(name ? KatottgCodifier.get().find(code).orElseThrow().name() : code);
        };
    }

    private static Normaliser koatuu(FunctionArgs raw) {
        ArgReader.of("koatuu", raw).requireNone();
        return (value, row) -> {
            if (isBlank(value)) {
                return Outcome.missing();
            }
            String digits = Digits.of(value);
            String code = digits == null ? value.strip() : Koatuu.restoreLeadingZero(digits);
            String problem = Koatuu.problem(code);
            return problem == null ? Outcome.ok(code) : Outcome.reject("koatuu", problem);
        };
    }

    private static Normaliser phone(FunctionArgs raw) {
        ArgReader args = ArgReader.of("phone", raw);
        String region = args.isEmpty() ? "UA"
                : args.options(Set.of("region")).text("region", "UA").toUpperCase(Locale.ROOT);
        if (!Phone.isRegion(region)) {
            throw args.error("region expects a two-letter country code libphonenumber knows (UA, PL, DE …), found '"
                    + region + "'");
        }
        return (value, row) -> {
            if (isBlank(value)) {
                return Outcome.missing();
            }
            Phone.Reading reading = Phone.read(value, region);
            return reading.e164() != null ? Outcome.ok(reading.e164()) : Outcome.reject("phone", reading.problem());
        };
    }

    private static Normaliser ibanUa(FunctionArgs raw) {
        ArgReader.of("iban_ua", raw).requireNone();
        return (value, row) -> {
            if (isBlank(value)) {
                return Outcome.missing();
            }
            String iban = IbanUa.compact(value);
            String problem = IbanUa.problem(iban);
            return problem == null ? Outcome.ok(iban) : Outcome.reject("iban_ua", problem);
        };
    }

    private static String choose(ArgReader args, String expectation, List<String> choices) {
        String choice = args.text(expectation);
        if (!choices.contains(choice)) {
            throw args.error("expects " + expectation + ", found '" + choice + "'");
        }
        return choice;
    }

    /** Blank as {@code trim} sees it: a cell of no-break spaces is missing, not a malformed identifier. */
    private static boolean isBlank(String value) {
        return value == null || Spaces.isBlank(value);
    }
}
