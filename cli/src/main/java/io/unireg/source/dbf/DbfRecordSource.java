package io.unireg.source.dbf;

import com.linuxense.javadbf.DBFDataType;
import com.linuxense.javadbf.DBFException;
import com.linuxense.javadbf.DBFField;
import com.linuxense.javadbf.DBFReader;
import io.unireg.source.RecordSource;
import io.unireg.source.SourceException;
import io.unireg.source.SourceItem;
import io.unireg.source.text.TextInput;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A dBase III / FoxPro table read record by record with javadbf, every value as the text the user saw:
 * character fields right-trimmed, numbers as stored ({@code 12.50}, never {@code 1.25E1}), dates as
 * {@code yyyy-MM-dd}, logicals as {@code true}/{@code false} (unknown {@code ?} as empty), memo text
 * from the {@code .dbt}/{@code .fpt} beside the table. Rows marked deleted are skipped and counted
 * ({@link #skipped()}). {@code line} is the record's number in the file (deleted ones included), as
 * FoxPro's {@code RECNO()} shows it.
 */
public final class DbfRecordSource implements RecordSource {

    private static final int HEADER_BYTES = 32;
    private static final int LANGUAGE_DRIVER = 29;
    private static final List<String> MEMO_SUFFIXES = List.of(".fpt", ".FPT", ".dbt", ".DBT");

    private final String id;
    private final Path file;
    private final DBFReader reader;
    private final List<String> columns;
    private final DBFDataType[] types;
    private final Map<String, String> detected;
    private final long recordsInHeader;
    private long recno;
    private long rowNumber;
    private long deleted;

    private DbfRecordSource(String id, Path file, DBFReader reader, List<String> columns, DBFDataType[] types,
                            Map<String, String> detected, long recordsInHeader) {
        this.recordsInHeader = recordsInHeader;
        this.id = id;
        this.file = file;
        this.reader = reader;
        this.columns = columns;
        this.types = types;
        this.detected = detected;
    }

    /**
     * Opens the table; {@code encoding} {@code auto} (or empty) takes the code page from the header or,
     * failing that, from the data.
     */
    public static DbfRecordSource open(String sourceId, Path file, String encoding) throws IOException, SourceException {
        Charset explicit = TextInput.explicitCharset(file, encoding);
        Map<String, String> detected = new LinkedHashMap<>();
        Charset charset;
        byte[] header;
        try (InputStream in = Files.newInputStream(file)) {
            header = in.readNBytes(HEADER_BYTES);
        }
        if (header.length < HEADER_BYTES) {
            throw SourceException.of(file, "not a DBF file: only " + header.length + " bytes");
        }
        long recordsInHeader = checkHeader(file, header);
        int ldid = header[LANGUAGE_DRIVER] & 0xFF;
        if (explicit != null) {
            charset = explicit;
            detected.put("encoding", charset.name());
            detected.put("encoding_reason", "given");
        } else {
            int headerLength = (header[8] & 0xFF) | (header[9] & 0xFF) << 8;
            byte[] data = sampleData(file, headerLength);
            DbfCodePage.Choice choice = DbfCodePage.choose(ldid, data, data.length);
            charset = choice.charset();
            detected.put("encoding", charset.name());
            detected.put("encoding_reason", choice.reason());
        }
        detected.put("dbf_version", String.format("0x%02X", header[0] & 0xFF));
        DBFReader reader;
        try {
            reader = new AsStoredReader(new BufferedInputStream(Files.newInputStream(file), 64 * 1024), charset);
        } catch (DBFException e) {
            throw SourceException.of(file, "not a readable DBF file: " + reason(e, "the file ends inside its field list"));
        }
        try {
            if (reader.getFieldCount() <= 1) {
                throw SourceException.of(file, "header damaged: it lists no fields");
            }
            List<String> columns = new ArrayList<>();
            // Asked to show deleted rows, javadbf adds a pseudo-field "deleted" in front of the table's own.
            DBFDataType[] types = new DBFDataType[reader.getFieldCount() - 1];
            List<String> memoColumns = new ArrayList<>();
            for (int i = 1; i < reader.getFieldCount(); i++) {
                DBFField field = reader.getField(i);
                String name = field.getName().strip();
                if (columns.contains(name)) {
                    throw SourceException.of(file, "duplicate field name '" + name + "'");
                }
                columns.add(name);
                types[i - 1] = field.getType();
                if (isMemo(field.getType())) {
                    memoColumns.add(name);
                }
            }
            detected.put("records_in_header", String.valueOf(recordsInHeader));
            if (!memoColumns.isEmpty()) {
                Path memo = memoFile(file).orElseThrow(() -> SourceException.of(file, "memo field(s) " + String.join(", ", memoColumns)
                    + " need the memo file beside the table (" + baseName(file) + ".fpt or .dbt), which is missing"));
                reader.setMemoFile(memo.toFile());
                detected.put("memo_file", String.valueOf(memo.getFileName()));
            }
            return new DbfRecordSource(sourceId, file, reader, List.copyOf(columns), types, Collections.unmodifiableMap(detected),
                recordsInHeader);
        } catch (SourceException | RuntimeException e) {
            reader.close();
            throw e;
        }
    }

    /**
     * The header's own figures checked against the file before javadbf trusts them (it reads the record
     * count as a signed int and fails with no message on a header longer than the file); returns the
     * record count.
     */
    private static long checkHeader(Path file, byte[] header) throws IOException, SourceException {
        long size = Files.size(file);
        int headerLength = (header[8] & 0xFF) | (header[9] & 0xFF) << 8;
        int recordLength = (header[10] & 0xFF) | (header[11] & 0xFF) << 8;
        long records = (header[4] & 0xFFL) | (header[5] & 0xFFL) << 8 | (header[6] & 0xFFL) << 16 | (header[7] & 0xFFL) << 24;
        if (headerLength <= HEADER_BYTES || headerLength > size) {
            throw SourceException.of(file, "not a DBF file: its header claims to be " + headerLength + " bytes long, and the file has "
                + size);
        }
        if (recordLength == 0) {
            throw SourceException.of(file, "header damaged: record length 0");
        }
        if (records > Integer.MAX_VALUE) {
            throw SourceException.of(file, "header damaged: it claims " + records + " records, more than a DBF file can hold");
        }
        return records;
    }

    /** javadbf's exceptions often have no message of their own (an EOFException wrapped): the cause's, or what it means. */
    private static String reason(DBFException e, String atEndOfFile) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.io.EOFException) {
                return atEndOfFile;
            }
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                return oneLine(t.getMessage());
            }
        }
        return e.getClass().getSimpleName();
    }

    private static boolean isMemo(DBFDataType type) {
        return type == DBFDataType.MEMO;
    }

    /** Up to a detection sample of the records' bytes. */
    private static byte[] sampleData(Path file, int headerLength) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            in.skipNBytes(Math.min(headerLength, Files.size(file)));
            return in.readNBytes(io.unireg.source.text.EncodingDetector.SAMPLE_BYTES);
        }
    }

    private static Optional<Path> memoFile(Path table) {
        Path dir = table.toAbsolutePath().getParent();
        for (String suffix : MEMO_SUFFIXES) {
            Path candidate = dir.resolve(baseName(table) + suffix);
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public List<String> columns() {
        return columns;
    }

    @Override
    public Map<String, String> detected() {
        return detected;
    }

    @Override
    public Map<String, Long> skipped() {
        return Map.of("deleted", deleted);
    }

    @Override
    public SourceItem next() throws IOException {
        while (true) {
            Object[] record;
            try {
                record = reader.nextRecord();
            } catch (DBFException e) {
                if (recno < recordsInHeader && endOfFile(e)) {
                    throw new IOException(file + ": " + cutShort(), e);
                }
                throw new IOException(file + ": record " + (recno + 1) + ": " + reason(e, "the file ends inside it"), e);
            }
            if (record == null) {
                if (recno < recordsInHeader) {
                    // Rows missing from the end would otherwise go unnoticed: the run would just read fewer.
                    throw new IOException(file + ": " + cutShort());
                }
                return null;
            }
            recno++;
            // With deleted rows shown, javadbf puts the deletion flag first.
            if (Boolean.TRUE.equals(record[0])) {
                deleted++;
                continue;
            }
            rowNumber++;
            String[] cells = new String[columns.size()];
            for (int i = 0; i < cells.length; i++) {
                cells[i] = text(record[i + 1], types[i]);
            }
            return new SourceItem.Row(recno, rowNumber, cells);
        }
    }

    /** A date or number field's bytes as stored (ASCII), for {@link #text} to present. */
    record Stored(String text) {
    }

    /**
     * javadbf, except that dates and numbers come back as the bytes stored: its own parsing builds an
     * impossible date leniently ({@code 20241345} → 2025-02-14, a silently different value) and stops
     * the whole table on a number it cannot parse ({@code 12,5O}). Read as stored, such a value goes on
     * to the job's functions and the schema, which reject it with its file, record and field.
     */
    private static final class AsStoredReader extends DBFReader {

        AsStoredReader(InputStream in, Charset charset) {
            super(in, charset, true);
        }

        @Override
        protected Object getFieldValue(DBFField field) throws IOException {
            DBFDataType type = field.getType();
            if (type != DBFDataType.DATE && type != DBFDataType.NUMERIC && type != DBFDataType.FLOATING_POINT) {
                return super.getFieldValue(field);
            }
            byte[] bytes = new byte[field.getLength()];
            dataInputStream.readFully(bytes);
            return new Stored(new String(bytes, StandardCharsets.ISO_8859_1));
        }
    }

    /** The value as the user saw it in the DBF program. */
    static String text(Object value, DBFDataType type) {
        if (value == null) {
            return "";
        }
        if (value instanceof Stored stored) {
            return type == DBFDataType.DATE ? storedDate(stored.text()) : storedNumber(stored.text());
        }
        if (value instanceof BigDecimal n) {
            return n.toPlainString();
        }
        if (value instanceof Date d) {
            // javadbf builds the date at local midnight; read it back in the same zone.
            if (type == DBFDataType.DATE) {
                return d.toInstant().atZone(ZoneId.systemDefault()).toLocalDate().toString();
            }
            return d.toInstant().atZone(ZoneId.systemDefault()).toLocalDateTime().toString();
        }
        if (value instanceof Boolean b) {
            return b.toString();
        }
        if (value instanceof byte[] bytes) {
            return bytes.length == 0 ? "" : "(" + bytes.length + " bytes of binary data)";
        }
        return value.toString();
    }

    /**
     * {@code yyyyMMdd} → {@code yyyy-MM-dd}, digit for digit, without judging the date: {@code 20240231}
     * becomes {@code 2024-02-31}, which a date function or the schema then rejects. Blank (or FoxPro's
     * all-zero empty date) is empty; anything else is passed on as stored.
     */
    static String storedDate(String stored) {
        String s = stored.strip();
        if (s.isEmpty() || s.chars().allMatch(c -> c == '0')) {
            return "";
        }
        if (s.length() == 8 && s.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return s.substring(0, 4) + "-" + s.substring(4, 6) + "-" + s.substring(6);
        }
        return s;
    }

    /** A number as stored, in plain notation ({@code 12.50}); text that is no number (an overflow's {@code ***}) as stored. */
    static String storedNumber(String stored) {
        String s = stored.strip();
        if (s.isEmpty()) {
            return "";
        }
        try {
            return new BigDecimal(s).toPlainString();
        } catch (NumberFormatException e) {
            return s;
        }
    }

    private String cutShort() {
        return "the file ends after " + recno + " of the " + recordsInHeader + " records its header announces (cut short?)";
    }

    private static boolean endOfFile(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.io.EOFException) {
                return true;
            }
        }
        return false;
    }

    private static String oneLine(String message) {
        return String.valueOf(message).replaceAll("\\s+", " ").trim();
    }

    @Override
    public void close() {
        reader.close();
    }
}
