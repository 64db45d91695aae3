package io.unireg.normalize.ua;

import io.unireg.normalize.ArgReader;
import io.unireg.normalize.FunctionArgs;
import io.unireg.normalize.Normaliser;
import io.unireg.normalize.Outcome;
import io.unireg.normalize.RowContext;
import io.unireg.normalize.Spaces;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;

/**
 * {@code katottg_lookup}: a settlement's KATOTTG code. Hints, most specific first: the oblast and
 * raion written in the value itself ("…, Богодухівський р-н, Харківська обл."), then the row's
 * {@code oblast_column}/{@code raion_column}, then the job's {@code oblast}/{@code raion}.
 */
final class KatottgLookupFunction {

    private static final Set<String> OPTIONS = Set.of("oblast", "raion", "oblast_column", "raion_column");

    private KatottgLookupFunction() {
    }

    static Normaliser create(FunctionArgs raw) {
        ArgReader args = ArgReader.of(UkrainianAddressFunctions.KATOTTG_LOOKUP, raw);
        if (args.isEmpty()) {
            return new Step(KatottgNames.shipped(), null, null, null, null);
        }
        ArgReader.Options options = args.options(OPTIONS);
        return new Step(KatottgNames.shipped(), options.text("oblast", null), options.text("raion", null),
                options.text("oblast_column", null), options.text("raion_column", null));
    }

    private record Step(KatottgNames names, String oblast, String raion, String oblastColumn, String raionColumn)
            implements Normaliser {

        @Override
        public Set<String> columns() {
            Set<String> columns = new LinkedHashSet<>();
            if (oblastColumn != null) {
                columns.add(oblastColumn);
            }
            if (raionColumn != null) {
                columns.add(raionColumn);
            }
            return columns;
        }

        @Override
        public Outcome apply(String value, RowContext row) {
            if (value == null || Spaces.isBlank(value)) {
                return Outcome.missing();
            }
            AddressParser.Result result = AddressParser.parse(value);
            if (result instanceof AddressParser.Failed failed) {
                return reject(failed.reason());
            }
            AddressParts parts = ((AddressParser.Parsed) result).parts();
            if (parts.settlement() == null) {
                return reject("no settlement in " + Spaces.quote(value));
            }
            String oblastHint = first(parts.region(), oblastColumn == null ? null : row.column(oblastColumn), oblast);
            String raionHint = first(parts.district(), raionColumn == null ? null : row.column(raionColumn), raion);
            List<KatottgNames.Settlement> found = names.find(parts.settlement(), parts.settlementType(), oblastHint, raionHint);
            if (found.size() == 1) {
                return Outcome.ok(found.get(0).code());
            }
            StringJoiner hints = new StringJoiner(", ", " in ", "").setEmptyValue("");
            if (oblastHint != null) {
                hints.add(oblastHint);
            }
            if (raionHint != null) {
                hints.add(raionHint);
            }
            String where = hints.toString();
            if (found.isEmpty()) {
                return reject("no settlement " + Spaces.quote(parts.settlement()) + where + " in the KATOTTG codifier of " + KatottgNames.EDITION);
            }
            return reject(parts.settlement() + ": " + found.size() + " settlements" + where + " — give oblast/raion (" + sample(found) + ")");
        }

        private static String sample(List<KatottgNames.Settlement> found) {
            StringJoiner out = new StringJoiner("; ");
            for (int i = 0; i < Math.min(3, found.size()); i++) {
                KatottgNames.Settlement s = found.get(i);
                out.add(s.oblast() + "/" + s.raion() + " " + s.code());
            }
            return found.size() > 3 ? out + "; …" : out.toString();
        }

        private static String first(String... hints) {
            for (String hint : hints) {
                if (hint != null && !Spaces.isBlank(hint)) {
                    return Spaces.trim(hint);
                }
            }
            return null;
        }

        private static Outcome reject(String message) {
            return Outcome.reject(UkrainianAddressFunctions.KATOTTG_LOOKUP, message);
        }
    }
}
