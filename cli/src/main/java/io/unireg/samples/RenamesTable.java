package io.unireg.samples;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The renames table for the {@code rename} function, derived from the generator's street list the same
 * way as {@code mapping-rules/reference/kharkiv-street-renames.csv}: a renamed street maps its old
 * Ukrainian and Russian names to the current one; every street maps its Russian name to the Ukrainian.
 * Generated data folders carry their own copy so their job runs anywhere.
 */
final class RenamesTable {

    static final String HEADER = "old_name,new_name,settlement,date,street_type,old_street_type,old_name_ru,new_name_ru,kind";

    private RenamesTable() {
    }

    static void write(List<Street> streets, Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            DelimitedWriter csv = new DelimitedWriter(w, ',', "\n");
            w.write(HEADER + "\n");
            csv.row("", "Харків", "", "", "", "", "", "Харьков", "settlement");
            for (Street s : streets) {
                String newRu = s.nameRu().equals(s.nameUk()) ? "" : s.nameRu();
                if (!s.renamed() && newRu.isEmpty()) {
                    continue;
                }
                csv.row(s.oldNameUk(), s.nameUk(), "Харків", "", "", s.renamed() ? s.oldType() : s.type(), s.renamed() ? s.oldNameRu() : "", newRu, "street");
            }
            csv.flush();
        }
    }
}
