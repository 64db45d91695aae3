package io.unireg.samples;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Writes a FoxPro 2.x table (version byte 0xF5) with its {@code .fpt} memo file, the way a DOS-era
 * municipal program left them: a code page in the header's language-driver byte, rows marked deleted
 * ({@code *}) still in the file. javadbf's writer cannot write memo fields or deleted rows, which is
 * why the generator has its own; the tests read its files back with javadbf.
 */
public final class DbfTableWriter implements Closeable {

    /** One column: type C (character), N (numeric), D (date), L (logical) or M (memo). */
    public record Field(String name, char type, int length, int decimals) {
        public Field {
            if ("CNDLM".indexOf(type) < 0) {
                throw new IllegalArgumentException("field type " + type + " is not written");
            }
            if (type == 'D') {
                length = 8;
            } else if (type == 'L') {
                length = 1;
            } else if (type == 'M') {
                length = 10;
            }
        }

        public static Field text(String name, int length) {
            return new Field(name, 'C', length, 0);
        }

        public static Field number(String name, int length, int decimals) {
            return new Field(name, 'N', length, decimals);
        }

        public static Field date(String name) {
            return new Field(name, 'D', 8, 0);
        }

        public static Field logical(String name) {
            return new Field(name, 'L', 1, 0);
        }

        public static Field memo(String name) {
            return new Field(name, 'M', 10, 0);
        }
    }

    private static final int MEMO_BLOCK = 64;
    private static final int MEMO_HEADER = 512;
    private static final DateTimeFormatter DBF_DATE = DateTimeFormatter.ofPattern("yyyyMMdd", Locale.ROOT);

    private final Path table;
    private final List<Field> fields;
    private final Charset charset;
    private final OutputStream out;
    private final FileChannel memo;
    private final int recordLength;
    private int records;
    private int nextMemoBlock = MEMO_HEADER / MEMO_BLOCK;

    private DbfTableWriter(Path table, List<Field> fields, Charset charset, OutputStream out, FileChannel memo) {
        this.table = table;
        this.fields = List.copyOf(fields);
        this.charset = charset;
        this.out = out;
        this.memo = memo;
        this.recordLength = 1 + fields.stream().mapToInt(Field::length).sum();
    }

    /**
     * Starts {@code table}; a memo field also creates the {@code .fpt} beside it.
     *
     * @param languageDriver the header's code page byte: 0x65 cp866, 0xC9 windows-1251, 0 none
     */
    public static DbfTableWriter create(Path table, List<Field> fields, Charset charset, int languageDriver,
                                        LocalDate lastUpdate) throws IOException {
        boolean hasMemo = fields.stream().anyMatch(f -> f.type() == 'M');
        OutputStream out = new BufferedOutputStream(Files.newOutputStream(table));
        FileChannel memo = null;
        if (hasMemo) {
            Path fpt = table.resolveSibling(baseName(table) + ".fpt");
            memo = FileChannel.open(fpt, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
            memo.write(ByteBuffer.allocate(MEMO_HEADER), 0);
        }
        DbfTableWriter w = new DbfTableWriter(table, fields, charset, out, memo);
        out.write(w.header(hasMemo ? 0xF5 : 0x03, languageDriver, lastUpdate, 0));
        return w;
    }

    private static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private byte[] header(int version, int languageDriver, LocalDate lastUpdate, int recordCount) {
        int headerLength = 32 + 32 * fields.size() + 1;
        ByteBuffer b = ByteBuffer.allocate(headerLength).order(ByteOrder.LITTLE_ENDIAN);
        b.put((byte) version);
        b.put((byte) (lastUpdate.getYear() - 1900)).put((byte) lastUpdate.getMonthValue()).put((byte) lastUpdate.getDayOfMonth());
        b.putInt(recordCount);
        b.putShort((short) headerLength);
        b.putShort((short) recordLength);
        b.position(29);
        b.put((byte) languageDriver);
        b.position(32);
        for (Field f : fields) {
            byte[] name = Arrays.copyOf(f.name().getBytes(charset), 11);
            name[10] = 0;
            b.put(name);
            b.put((byte) f.type());
            b.putInt(0);
            b.put((byte) f.length());
            b.put((byte) f.decimals());
            b.put(new byte[14]);
        }
        b.put((byte) 0x0D);
        return b.array();
    }

    /**
     * Appends one row. Values by type: C and M a String, N a Number or numeric String, D a
     * {@link LocalDate}, L a Boolean; {@code null} leaves the field blank.
     */
    public void add(boolean deleted, Object... values) throws IOException {
        if (values.length != fields.size()) {
            throw new IllegalArgumentException("expected " + fields.size() + " values, got " + values.length);
        }
        byte[] record = new byte[recordLength];
        Arrays.fill(record, (byte) ' ');
        record[0] = (byte) (deleted ? '*' : ' ');
        int at = 1;
        for (int i = 0; i < values.length; i++) {
            Field f = fields.get(i);
            byte[] cell = cell(f, values[i]);
            System.arraycopy(cell, 0, record, at, Math.min(cell.length, f.length()));
            at += f.length();
        }
        out.write(record);
        records++;
    }

    private byte[] cell(Field f, Object value) throws IOException {
        if (value == null) {
            return new byte[0];
        }
        return switch (f.type()) {
            case 'C' -> value.toString().getBytes(charset);
            case 'N' -> rightAligned(value instanceof BigDecimal d ? d.toPlainString() : value.toString(), f);
            case 'D' -> ((LocalDate) value).format(DBF_DATE).getBytes(charset);
            case 'L' -> new byte[] {(byte) (((Boolean) value) ? 'T' : 'F')};
            case 'M' -> value.toString().isEmpty() ? new byte[0] : rightAligned(String.valueOf(writeMemo(value.toString())), f);
            default -> throw new IllegalStateException();
        };
    }

    private byte[] rightAligned(String text, Field f) {
        if (text.length() > f.length()) {
            throw new IllegalArgumentException(f.name() + ": '" + text + "' is wider than " + f.length());
        }
        return (" ".repeat(f.length() - text.length()) + text).getBytes(charset);
    }

    /** Writes one memo (type 1 = text, big-endian length) and returns its first block. */
    private int writeMemo(String text) throws IOException {
        byte[] data = text.getBytes(charset);
        int blocks = (8 + data.length + MEMO_BLOCK - 1) / MEMO_BLOCK;
        ByteBuffer b = ByteBuffer.allocate(blocks * MEMO_BLOCK).order(ByteOrder.BIG_ENDIAN);
        b.putInt(1).putInt(data.length).put(data);
        b.rewind();
        int block = nextMemoBlock;
        memo.write(b, (long) block * MEMO_BLOCK);
        nextMemoBlock += blocks;
        return block;
    }

    @Override
    public void close() throws IOException {
        out.write(0x1A);
        out.close();
        try (FileChannel ch = FileChannel.open(table, StandardOpenOption.WRITE)) {
            ByteBuffer count = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(records);
            count.flip();
            ch.write(count, 4);
        }
        if (memo != null) {
            ByteBuffer head = ByteBuffer.allocate(8).order(ByteOrder.BIG_ENDIAN);
            head.putInt(nextMemoBlock).putShort((short) 0).putShort((short) MEMO_BLOCK);
            head.flip();
            memo.write(head, 0);
            memo.close();
        }
    }
}
