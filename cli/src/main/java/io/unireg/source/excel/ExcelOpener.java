package io.unireg.source.excel;

import io.unireg.job.JobError;
import io.unireg.job.SourceSpec;
import io.unireg.job.YamlNode;
import io.unireg.source.RecordSource;
import io.unireg.source.SourceException;
import io.unireg.source.SourceOpeners;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The {@code xlsx} and {@code xls} source types: keys {@code sheet}, {@code header_row}, {@code header_rows}, {@code skip_rows}. */
public final class ExcelOpener implements SourceOpeners.Opener {

    private final boolean xls;

    private ExcelOpener(boolean xls) {
        this.xls = xls;
    }

    public static ExcelOpener xlsx() {
        return new ExcelOpener(false);
    }

    public static ExcelOpener xls() {
        return new ExcelOpener(true);
    }

    private String type() {
        return xls ? "xls" : "xlsx";
    }

    @Override
    public Set<String> extraKeys() {
        return Set.of("sheet", "header_row", "header_rows", "skip_rows");
    }

    @Override
    public List<JobError> validate(SourceSpec spec) {
        List<JobError> errors = new ArrayList<>(SourceOpeners.requireFile(spec));
        spec.option("sheet").ifPresent(n -> {
            if (!(n instanceof YamlNode.Scalar s) || s.isNull() || s.text().isEmpty()) {
                errors.add(new JobError(n.location(), "sheet must be a sheet name or a 1-based position"));
            }
        });
        number(spec, "header_row", 1, 1_048_576, errors);
        number(spec, "header_rows", 1, 20, errors);
        number(spec, "skip_rows", 0, 1_048_576, errors);
        return errors;
    }

    private static void number(SourceSpec spec, String key, int min, int max, List<JobError> errors) {
        spec.option(key).ifPresent(n -> {
            Integer v = n instanceof YamlNode.Scalar s && s.text() != null && s.text().matches("\\d{1,7}")
                ? Integer.valueOf(s.text()) : null;
            if (v == null || v < min || v > max) {
                errors.add(new JobError(n.location(), key + " must be a whole number from " + min + " to " + max));
            }
        });
    }

    private static int intOption(SourceSpec spec, String key, int fallback) {
        return spec.option(key).map(n -> Integer.parseInt(((YamlNode.Scalar) n).text())).orElse(fallback);
    }

    @Override
    public RecordSource open(SourceSpec spec) throws IOException, SourceException {
        String sheet = spec.option("sheet").map(n -> ((YamlNode.Scalar) n).text()).orElse(null);
        ExcelOptions options = ExcelOptions.of(spec.path()).withSheet(sheet).withHeader(
            intOption(spec, "header_row", 1), intOption(spec, "header_rows", 1), intOption(spec, "skip_rows", 0));
        return ExcelRecordSource.open(spec.id(), options, xls);
    }
}
