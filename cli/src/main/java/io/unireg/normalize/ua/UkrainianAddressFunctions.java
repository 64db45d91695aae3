package io.unireg.normalize.ua;

import io.unireg.normalize.ArgReader;
import io.unireg.normalize.FunctionArgs;
import io.unireg.normalize.FunctionLibrary;
import io.unireg.normalize.FunctionSpec;
import io.unireg.normalize.Normaliser;
import io.unireg.normalize.Outcome;
import io.unireg.normalize.RowContext;
import io.unireg.normalize.Spaces;

import java.util.List;
import java.util.Set;

/** Ukrainian addresses: {@code street_type}, {@code address}, {@code rename}, {@code katottg_lookup}. */
public final class UkrainianAddressFunctions implements FunctionLibrary {

    static final String STREET_TYPE = "street_type";
    static final String ADDRESS = "address";
    static final String RENAME = "rename";
    static final String KATOTTG_LOOKUP = "katottg_lookup";

    @Override
    public List<FunctionSpec> functions() {
        return List.of(
                new FunctionSpec(STREET_TYPE,
                        "Writes a street's type as the canonical Ukrainian abbreviation (вул., просп., пров., пл., бульв., узв., туп., "
                                + "майд., ш., наб., мкр., алея, проїзд) from any Ukrainian or Russian spelling, before or after the name; "
                                + "the name is kept. The ambiguous пр. is resolved against streets: (a CSV with type and name… columns), "
                                + "else read as просп. A value with no street type is rejected.",
                        "street_type or {street_type: {streets: kharkiv-streets.csv}}",
                        "\"ул.Сумская\" → \"вул. Сумская\"",
                        StreetTypeFunction::create),
                new FunctionSpec(ADDRESS,
                        "Parses a one-line address (Ukrainian or Russian; parts separated by , ; or line breaks) and writes one part: "
                                + "full (canonical one line, the default), region, district, settlement_type, settlement, street_type, street, "
                                + "house (12А, 12/1), building, apartment. Types become canonical, names stay as written; a missing part is missing; "
                                + "an address it cannot read is rejected with the reason. default_settlement fills a missing settlement.",
                        "{address: street} or address or {address: {part: full, default_settlement: м. Харків, streets: kharkiv-streets.csv}}",
                        "\"г.Харьков, ул.Рымарская, д. 41-а, кв.5\" → \"Рымарская\"",
                        AddressFunction::create),
                new FunctionSpec(RENAME,
                        "Replaces old street (and settlement) names with current ones from a renames CSV (old_name,new_name,settlement,date "
                                + "and optional street_type, old_name_ru, new_name_ru, kind) or an inline table; matches ignore case, apostrophes "
                                + "and е/є/ё; works on a street name, a typed street or a whole address (then written in full form); "
                                + "unknown names are kept.",
                        "{rename: {table: {Пушкінська: Григорія Сковороди}}} or "
                                + "{rename: {file: reference/kharkiv-street-renames.csv, settlement: Харків}}",
                        "\"вул. Пушкінська\" → \"вул. Григорія Сковороди\"",
                        RenameFunction::create),
                new FunctionSpec(KATOTTG_LOOKUP,
                        "Finds the KATOTTG code of a settlement (\"м. Харків\", \"с. Калинове, Богодухівський р-н, Харківська обл.\") in the "
                                + "shipped codifier (" + KatottgNames.EDITION + "); oblast and raion hints come from the value, the options or "
                                + "columns; a name that stays ambiguous or is not found is rejected, saying how many settlements share it.",
                        "{katottg_lookup: {oblast: Харківська}} or {katottg_lookup: {oblast: Харківська, raion_column: РАЙОН}} or katottg_lookup",
                        "\"м. Харків\" → \"UA63120270010096107\"",
                        KatottgLookupFunction::create));
    }

    /** {@code street_type}: the type word made canonical, the name kept. */
    private record StreetTypeFunction(StreetList streets) implements Normaliser {

        static Normaliser create(FunctionArgs raw) {
            ArgReader args = ArgReader.of(STREET_TYPE, raw);
            if (args.isEmpty()) {
                return new StreetTypeFunction(null);
            }
            ArgReader.Options options = args.options(Set.of("streets"));
            return new StreetTypeFunction(StreetList.read(args, options.text("streets", null)));
        }

        @Override
        public Outcome apply(String value, RowContext row) {
            if (value == null || Spaces.isBlank(value)) {
                return Outcome.missing();
            }
            StreetTypes.Split split = StreetTypes.split(Spaces.trim(value));
            if (split == null) {
                return Outcome.reject(STREET_TYPE, "no street type in " + Spaces.quote(value));
            }
            String type = resolve(split.type(), split.name(), streets);
            return Outcome.ok(split.name().isEmpty() ? type : type + " " + split.name());
        }
    }

    /** The canonical type, with {@code пр.} read as проїзд only when the street list says so. */
    static String resolve(String type, String name, StreetList streets) {
        if (!StreetTypes.AMBIGUOUS_PR.equals(type)) {
            return type;
        }
        return streets == null || name == null || name.isEmpty() ? StreetTypes.PROSPECT : streets.resolvePr(name);
    }

    /** Parses an address the same way for every function that takes one apart. */
    static AddressParser.Result parse(String value, StreetList streets) {
        AddressParser.Result result = AddressParser.parse(value);
        if (result instanceof AddressParser.Parsed parsed && StreetTypes.AMBIGUOUS_PR.equals(parsed.parts().streetType())) {
            AddressParts p = parsed.parts();
            return new AddressParser.Parsed(p.withStreet(resolve(p.streetType(), p.street(), streets), p.street()));
        }
        return result;
    }
}
