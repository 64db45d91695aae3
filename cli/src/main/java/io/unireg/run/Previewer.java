package io.unireg.run;

import io.unireg.schema.RecordValidator;
import io.unireg.source.ReadFailures;
import io.unireg.source.RecordSource;
import io.unireg.source.SourceException;
import io.unireg.source.SourceItem;
import io.unireg.source.SourceOpeners;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** The first rows of a source traced through every field's chain, for tuning rules. Writes nothing. */
public final class Previewer {

    /** One previewed row: the raw cell behind each field (schema order) and the traced result. */
    public record PreviewRow(String[] raw, MappedRow mapped, SourceItem.BadRow badRow) {
    }

    private final SourceOpeners openers;

    public Previewer(SourceOpeners openers) {
        this.openers = openers;
    }

    public List<PreviewRow> preview(Plan plan, SourcePlan source, int rows) throws RunFailure {
        RowMapper mapper = new RowMapper(plan, RecordValidator.of(plan.schema()), true);
        List<PreviewRow> result = new ArrayList<>();
        try (RecordSource reader = openers.open(source.spec())) {
            SourceItem item;
            while (result.size() < rows && (item = reader.next()) != null) {
                if (item instanceof SourceItem.BadRow bad) {
                    result.add(new PreviewRow(new String[plan.fields().size()], null, bad));
                    continue;
                }
                SourceItem.Row row = (SourceItem.Row) item;
                String[] raw = new String[plan.fields().size()];
                for (int i = 0; i < raw.length; i++) {
                    int column = source.fieldColumn()[i];
                    raw[i] = column >= 0 ? row.cells()[column] : null;
                }
                result.add(new PreviewRow(raw, mapper.map(source, row), null));
            }
        } catch (SourceException e) {
            throw new RunFailure(e.getMessage(), e);
        } catch (IOException e) {
            throw new RunFailure(ReadFailures.describe(source.spec().path(), e), e);
        }
        return result;
    }
}
