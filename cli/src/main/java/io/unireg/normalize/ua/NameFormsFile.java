package io.unireg.normalize.ua;

import io.unireg.normalize.ArgReader;
import io.unireg.normalize.ReferenceCsv;
import io.unireg.normalize.Spaces;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A job's own name forms for {@code given_name_uk}/{@code patronymic_uk}: a UTF-8 CSV with the
 * header {@code ru,uk} (',' or, as Excel writes it in Ukrainian locales, ';'), relative to the job
 * file. Every mistake is reported with the file and line.
 */
final class NameFormsFile {

    private NameFormsFile() {
    }

    static Map<String, String> read(ArgReader args, String file) {
        Map<String, String> out = new LinkedHashMap<>();
        Map<String, String> byKey = new LinkedHashMap<>();
        for (ReferenceCsv.Row row : ReferenceCsv.read(args, file, List.of("ru", "uk"))) {
            String ru = row.get("ru");
            String uk = row.get("uk");
            if (ru.isEmpty() || uk.isEmpty()) {
                throw args.error(file + " line " + row.line() + ": both ru and uk must be filled");
            }
            String previous = byKey.put(NameForms.key(ru), uk);
            if (previous != null && !NameForms.key(previous).equals(NameForms.key(uk))) {
                throw args.error(file + " line " + row.line() + ": " + Spaces.quote(ru) + " is given twice, as "
                        + Spaces.quote(previous) + " and " + Spaces.quote(uk));
            }
            out.put(ru, uk);
        }
        return out;
    }
}
