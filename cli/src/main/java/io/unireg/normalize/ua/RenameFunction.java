package io.unireg.normalize.ua;

import io.unireg.normalize.ArgReader;
import io.unireg.normalize.FunctionArgs;
import io.unireg.normalize.Normaliser;
import io.unireg.normalize.Outcome;
import io.unireg.normalize.RowContext;
import io.unireg.normalize.Spaces;

import java.util.Set;

/**
 * {@code rename}: old names → current ones. The value may be a bare name ("Пушкинская"), a typed
 * street ("ул. Пушкинская" → "вул. Григорія Сковороди": the type comes out canonical) or a whole
 * address (anything with , ; or a line break), which is parsed and written in full form.
 */
final class RenameFunction {

    private RenameFunction() {
    }

    static Normaliser create(FunctionArgs raw) {
        ArgReader args = ArgReader.of(UkrainianAddressFunctions.RENAME, raw);
        ArgReader.Options options = args.options(Set.of("file", "table", "settlement"));
        if (options.has("file") == options.has("table")) {
            throw args.error("expects either file: a renames CSV (old_name,new_name,settlement,date) or table: {old: new, …}");
        }
        RenameTable table = options.has("file")
                ? RenameTable.fromFile(args, options.text("file", null), options.text("settlement", null))
                : RenameTable.inline(args, options.table("table"));
        return new Step(table);
    }

    private record Step(RenameTable table) implements Normaliser {

        @Override
        public Outcome apply(String value, RowContext row) {
            if (value == null || Spaces.isBlank(value)) {
                return Outcome.missing();
            }
            String text = Spaces.trim(value);
            if (text.indexOf(',') >= 0 || text.indexOf(';') >= 0 || text.indexOf('\n') >= 0) {
                return address(text);
            }
            StreetTypes.Split split = StreetTypes.split(text);
            if (split != null && !split.name().isEmpty()) {
                String type = UkrainianAddressFunctions.resolve(split.type(), split.name(), null);
                RenameTable.Target target = table.street(split.name(), type);
                return target == null ? Outcome.ok(text)
                        : Outcome.ok((target.type() != null ? target.type() : type) + " " + target.name());
            }
            RenameTable.Target street = table.street(text, null);
            if (street != null) {
                return Outcome.ok(street.name());
            }
            RenameTable.Target settlement = table.settlement(text);
            return Outcome.ok(settlement != null ? settlement.name() : text);
        }

        private Outcome address(String text) {
            AddressParser.Result result = UkrainianAddressFunctions.parse(text, null);
            if (result instanceof AddressParser.Failed failed) {
                return Outcome.reject(UkrainianAddressFunctions.RENAME, failed.reason());
            }
            AddressParts parts = ((AddressParser.Parsed) result).parts();
            if (parts.street() != null && !parts.street().isEmpty()) {
                RenameTable.Target target = table.street(parts.street(), parts.streetType());
                if (target != null) {
                    parts = parts.withStreet(target.type() != null ? target.type() : parts.streetType(), target.name());
                }
            }
            if (parts.settlement() != null) {
                RenameTable.Target target = table.settlement(parts.settlement());
                if (target != null) {
                    parts = parts.withSettlement(parts.settlementType(), target.name());
                }
            }
            return Outcome.ok(parts.full());
        }
    }
}
