package io.unireg.reconcile;

/**
 * The state extract's accepted records after normalisation and validation, held column by column
 * ({@link TextColumn}) with each record's key, in extract order (record number = position).
 */
public final class StateTable {

    private final int width;
    private final TextColumn[] columns;
    private final TextColumn keys = new TextColumn();
    private int size;
    private boolean sealed;

    public StateTable(int width) {
        this.width = width;
        this.columns = new TextColumn[width];
        for (int i = 0; i < width; i++) {
            columns[i] = new TextColumn();
        }
    }

    /** One accepted state record: its key and at least {@code width} target values (the array is not kept). */
    public void add(String key, String[] values) {
        if (sealed) {
            throw new IllegalStateException("the state table is complete");
        }
        keys.add(key);
        for (int i = 0; i < width; i++) {
            columns[i].add(values[i]);
        }
        size++;
    }

    /** Every record is in: spare capacity is returned. */
    public StateTable seal() {
        sealed = true;
        keys.seal();
        for (TextColumn c : columns) {
            c.seal();
        }
        return this;
    }

    public int size() {
        return size;
    }

    public int width() {
        return width;
    }

    public String key(int record) {
        String k = keys.get(record);
        return k == null ? "" : k;
    }

    public String value(int record, int field) {
        return columns[field].get(record);
    }

    public boolean has(int record, int field) {
        return !columns[field].isMissing(record);
    }

    /** The record's values as an array (a new one each call). */
    public String[] values(int record) {
        String[] v = new String[width];
        for (int i = 0; i < width; i++) {
            v[i] = columns[i].get(record);
        }
        return v;
    }
}
