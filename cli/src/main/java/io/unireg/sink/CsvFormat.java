package io.unireg.sink;

/** {@link CsvSink}'s lines, made on any thread: each thread formats into a {@link CsvLine} of its own. */
record CsvFormat(boolean formulaGuard) implements RowFormat {

    private static final ThreadLocal<CsvLine> GUARDED = ThreadLocal.withInitial(() -> new CsvLine(true));
    private static final ThreadLocal<CsvLine> PLAIN = ThreadLocal.withInitial(() -> new CsvLine(false));

    @Override
    public byte[] line(String[] values) {
        CsvLine line = (formulaGuard ? GUARDED : PLAIN).get();
        line.format(values);
        return line.copy();
    }

    // Written out: a sink compares every row's format with its own, and the record's generated equals links
    // its call site on the writers' first row, in code not yet compiled (10 ms of each writer thread).
    @Override
    public boolean equals(Object o) {
        return o instanceof CsvFormat other && other.formulaGuard == formulaGuard;
    }

    @Override
    public int hashCode() {
        return Boolean.hashCode(formulaGuard);
    }
}
