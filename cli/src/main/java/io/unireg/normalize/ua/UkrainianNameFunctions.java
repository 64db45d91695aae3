package io.unireg.normalize.ua;

import io.unireg.normalize.ArgReader;
import io.unireg.normalize.FunctionArgs;
import io.unireg.normalize.FunctionLibrary;
import io.unireg.normalize.FunctionSpec;
import io.unireg.normalize.Normaliser;
import io.unireg.normalize.Outcome;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Ukrainian personal names: look-alike letters, apostrophes, Russian → Ukrainian given names and
 * patronymics, a match key and the official transliteration. {@code split_name} lives with the
 * general functions.
 */
public final class UkrainianNameFunctions implements FunctionLibrary {

    private static final Set<String> FORM_OPTIONS = Set.of("unknown", "extra");

    @Override
    public List<FunctionSpec> functions() {
        return List.of(
                new FunctionSpec("fix_homoglyphs",
                        "Repairs words that mix Latin and Cyrillic look-alike letters (a keyboard-layout slip): a mostly Cyrillic word, "
                                + "or one with a letter only Cyrillic has, becomes all Cyrillic, and the other way round; "
                                + "an even mix takes the script of the other words, else prefer: cyrillic or latin if given; "
                                + "a word still undecided or that cannot be one script is rejected, naming the word's position.",
                        "fix_homoglyphs or {fix_homoglyphs: {prefer: cyrillic}}",
                        "\"Kовaленкo Mикола\" → \"Коваленко Микола\"",
                        UkrainianNameFunctions::fixHomoglyphs),
                new FunctionSpec("apostrophe",
                        "Makes every apostrophe look-alike (' ` ´ ʼ ‘ ″ \") between two Cyrillic letters one canonical apostrophe: "
                                + "’ (U+2019, encodable in windows-1251 and used by the KATOTTG codifier) unless the argument names another, "
                                + "e.g. ʼ (U+02BC) or '.",
                        "apostrophe or {apostrophe: \"ʼ\"}",
                        "\"Мар'яна В`ячеславівна\" → \"Мар’яна В’ячеславівна\"",
                        UkrainianNameFunctions::apostrophe),
                new FunctionSpec("given_name_uk",
                        "Russian forms of given names become Ukrainian (Николай → Микола, Елена → Олена, Пётр → Петро) from a table of 343 names, "
                                + "in the case style of the input; Ukrainian and unknown names are kept; unknown: reject refuses unknown names; "
                                + "extra: a CSV ru,uk (relative to the job file) adds or overrides forms.",
                        "given_name_uk or {given_name_uk: {unknown: reject, extra: names.csv}}",
                        "\"НИКОЛАЙ\" → \"МИКОЛА\"",
                        args -> forms("given_name_uk", "given name", NameForms.givenNames(), args)),
                new FunctionSpec("patronymic_uk",
                        "Russian patronymics become Ukrainian (Николаевич → Миколайович, Сергеевна → Сергіївна) from the given-name table, "
                                + "in the case style of the input; Ukrainian and unknown patronymics are kept; options as for given_name_uk.",
                        "patronymic_uk or {patronymic_uk: {unknown: reject, extra: patronymics.csv}}",
                        "\"Николаевна\" → \"Миколаївна\"",
                        args -> forms("patronymic_uk", "patronymic", NameForms.patronymics(), args)),
                new FunctionSpec("surname_uk",
                        "Russian spellings of common surnames become Ukrainian (Гордиенко → Гордієнко, Ковалёв → Ковальов, Белик → Білик) "
                                + "from a list of 443 surnames, in the case style of the input; no spelling rules, so other surnames are kept "
                                + "(unknown: reject refuses them); extra: a CSV ru,uk adds forms.",
                        "surname_uk or {surname_uk: {unknown: reject, extra: surnames.csv}}",
                        "\"ГОРДИЕНКО\" → \"ГОРДІЄНКО\"",
                        args -> forms("surname_uk", "surname", NameForms.surnames(), args)),
                new FunctionSpec("name_key",
                        "A match key, equal for Russian and Ukrainian forms, look-alike letters, case and apostrophes of one name: "
                                + "look-alikes → Cyrillic, Russian given names/patronymics → Ukrainian, lower case, є/е/э/ё → е, и/і/ї/ы/й → і, "
                                + "ґ → г, ьо → е (Ковальов = Ковалёв), ь ъ and apostrophes dropped, doubled letters single; no letters → missing.",
                        "name_key",
                        "\"НИКОЛАЙ Сергеевич\" → \"мікола сергіовіч\"",
                        args -> plain("name_key", args, true, NameKey::of)),
                new FunctionSpec("translit",
                        "Ukrainian → Latin by the official table (Cabinet of Ministers resolution No. 55, 2010): Є Ї Й Ю Я as ye yi y yu ya "
                                + "at the start of a word, ie i i iu ia elsewhere; зг → zgh; ь and apostrophes dropped; "
                                + "ЩУКА → SHCHUKA but Щука → Shchuka; other characters kept.",
                        "translit",
                        "\"Щербак Юлія В’ячеславівна\" → \"Shcherbak Yuliia Viacheslavivna\"",
                        args -> plain("translit", args, false, Translit::toLatin)));
    }

    /** A step without argument; {@code emptyIsMissing}: an empty result is a missing value. */
    private static Normaliser plain(String name, FunctionArgs args, boolean emptyIsMissing, UnaryOperator<String> operation) {
        ArgReader.of(name, args).requireNone();
        return (value, row) -> {
            if (value == null) {
                return Outcome.missing();
            }
            String result = operation.apply(value);
            return emptyIsMissing && result.isEmpty() ? Outcome.missing() : Outcome.ok(result);
        };
    }

    private static Normaliser fixHomoglyphs(FunctionArgs raw) {
        ArgReader args = ArgReader.of("fix_homoglyphs", raw);
        HomoglyphFixer.Preference preference = HomoglyphFixer.Preference.NONE;
        if (!args.isEmpty()) {
            String prefer = args.options(Set.of("prefer")).choice("prefer", List.of("none", "cyrillic", "latin"), "none");
            preference = HomoglyphFixer.Preference.valueOf(prefer.toUpperCase(Locale.ROOT));
        }
        HomoglyphFixer.Preference chosen = preference;
        return (value, row) -> {
            if (value == null) {
                return Outcome.missing();
            }
            HomoglyphFixer.Repair repair = HomoglyphFixer.fix(value, chosen);
            return repair.repaired() ? Outcome.ok(repair.value()) : Outcome.reject("fix_homoglyphs", repair.message());
        };
    }

    private static Normaliser apostrophe(FunctionArgs raw) {
        ArgReader args = ArgReader.of("apostrophe", raw);
        char canonical = Apostrophes.RIGHT_QUOTE;
        if (!args.isEmpty()) {
            String choice = args.text("one apostrophe character such as ’ ʼ or '");
            if (choice.length() != 1 || !Apostrophes.isApostrophe(choice.charAt(0))) {
                throw args.error("expects one apostrophe character (one of " + Apostrophes.LOOK_ALIKES + "), found '" + choice + "'");
            }
            canonical = choice.charAt(0);
        }
        char chosen = canonical;
        return (value, row) -> value == null ? Outcome.missing() : Outcome.ok(Apostrophes.canonical(value, chosen));
    }

    private static Normaliser forms(String name, String what, NameForms table, FunctionArgs raw) {
        ArgReader args = ArgReader.of(name, raw);
        if (args.isEmpty()) {
            return new NameFormConverter(name, what, table, false);
        }
        ArgReader.Options options = args.options(FORM_OPTIONS);
        boolean reject = options.choice("unknown", List.of("keep", "reject"), "keep").equals("reject");
        NameForms forms = options.has("extra") ? table.withExtra(NameFormsFile.read(args, options.text("extra", null))) : table;
        return new NameFormConverter(name, what, forms, reject);
    }
}
