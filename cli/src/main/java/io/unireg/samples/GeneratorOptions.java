package io.unireg.samples;

/** What to generate: row count, seed, export encoding, defect rates. */
public record GeneratorOptions(int rows, long seed, ExportEncoding encoding, DefectRates rates) {

    public static final int DEFAULT_ROWS = 3000;
    public static final long DEFAULT_SEED = 20261123L;

    public GeneratorOptions {
        if (rows < 0) {
            throw new IllegalArgumentException("rows must not be negative, got " + rows);
        }
    }

    public static GeneratorOptions defaults() {
        return new GeneratorOptions(DEFAULT_ROWS, DEFAULT_SEED, ExportEncoding.WINDOWS_1251, DefectRates.defaults());
    }

    public GeneratorOptions withRows(int rows) {
        return new GeneratorOptions(rows, seed, encoding, rates);
    }

    public GeneratorOptions withSeed(long seed) {
        return new GeneratorOptions(rows, seed, encoding, rates);
    }

    public GeneratorOptions withEncoding(ExportEncoding encoding) {
        return new GeneratorOptions(rows, seed, encoding, rates);
    }

    public GeneratorOptions withRates(DefectRates rates) {
        return new GeneratorOptions(rows, seed, encoding, rates);
    }
}
