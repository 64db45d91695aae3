package io.unireg.normalize.ua;

import io.unireg.normalize.ArgReader;
import io.unireg.normalize.FunctionArgs;
import io.unireg.normalize.Normaliser;
import io.unireg.normalize.Outcome;
import io.unireg.normalize.RowContext;
import io.unireg.normalize.Spaces;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** {@code address}: one part of a parsed address, or its canonical one-line form. */
final class AddressFunction {

    static final Map<String, Function<AddressParts, String>> PARTS = parts();

    private AddressFunction() {
    }

    private static Map<String, Function<AddressParts, String>> parts() {
        Map<String, Function<AddressParts, String>> parts = new LinkedHashMap<>();
        parts.put("full", AddressParts::full);
        parts.put("region", AddressParts::region);
        parts.put("district", AddressParts::district);
        parts.put("settlement_type", AddressParts::settlementType);
        parts.put("settlement", AddressParts::settlement);
        parts.put("street_type", AddressParts::streetType);
        parts.put("street", AddressParts::street);
        parts.put("house", AddressParts::house);
        parts.put("building", AddressParts::building);
        parts.put("apartment", AddressParts::apartment);
        return java.util.Collections.unmodifiableMap(parts);
    }

    static Normaliser create(FunctionArgs raw) {
        ArgReader args = ArgReader.of(UkrainianAddressFunctions.ADDRESS, raw);
        String part = "full";
        AddressParts defaults = null;
        StreetList streets = null;
        if (args.isObject()) {
            ArgReader.Options options = args.options(Set.of("part", "default_settlement", "streets"));
            part = options.text("part", part);
            if (options.has("default_settlement")) {
                defaults = defaultSettlement(args, options.text("default_settlement", null));
            }
            if (options.has("streets")) {
                streets = StreetList.read(args, options.text("streets", null));
            }
        } else if (!args.isEmpty()) {
            part = args.text("a part: " + String.join(", ", PARTS.keySet()));
        }
        Function<AddressParts, String> getter = PARTS.get(part);
        if (getter == null) {
            throw args.error("unknown part '" + part + "' (expected one of " + String.join(", ", PARTS.keySet()) + ")");
        }
        return new Step(getter, defaults, streets);
    }

    private static AddressParts defaultSettlement(ArgReader args, String text) {
        if (AddressParser.parse(text) instanceof AddressParser.Parsed parsed && parsed.parts().settlement() != null
                && parsed.parts().street() == null && parsed.parts().house() == null) {
            return parsed.parts();
        }
        throw args.error("default_settlement expects a settlement such as 'м. Харків', found " + Spaces.quote(text));
    }

    private record Step(Function<AddressParts, String> getter, AddressParts defaults, StreetList streets)
            implements Normaliser {

        @Override
        public Outcome apply(String value, RowContext row) {
            if (value == null || Spaces.isBlank(value)) {
                return Outcome.missing();
            }
            AddressParser.Result result = UkrainianAddressFunctions.parse(value, streets);
            if (result instanceof AddressParser.Failed failed) {
                return Outcome.reject(UkrainianAddressFunctions.ADDRESS, failed.reason());
            }
            AddressParts parts = ((AddressParser.Parsed) result).parts();
            if (defaults != null && parts.settlement() == null) {
                parts = parts.withSettlement(defaults.settlementType(), defaults.settlement());
            }
            String out = getter.apply(parts);
            return out == null || out.isEmpty() ? Outcome.missing() : Outcome.ok(out);
        }
    }
}
