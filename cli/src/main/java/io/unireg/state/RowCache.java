package io.unireg.state;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The accepted rows of a source read by its change column, as the last good run mapped them: a
 * night that reads only the changed rows carries every other row over from here instead of reading,
 * normalising and validating it again. One file per source and run, written beside the state store
 * and named by it only when the run's state advances, so a killed run leaves the old file in use.
 *
 * <p>Layout: a magic, the plan fingerprint it was made under, the row width; then per row a key and
 * its values (length-prefixed UTF-8, -1 for missing); then an end mark with the row count, so a
 * truncated file is an error, not a silently shorter source.
 */
public final class RowCache {

    private static final int MAGIC = 0x55524331; // "URC1"
    private static final byte ROW = 1;
    private static final byte END = 0;

    private RowCache() {
    }

    /** Where one source's cached rows live; {@code file} is relative to the state folder. */
    public record Ref(String source, String file, String plan, long rows) {
    }

    public static Writer create(Path path, String plan, int width) throws IOException {
        Files.createDirectories(path.toAbsolutePath().getParent());
        FileOutputStream file = new FileOutputStream(path.toFile());
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(file, 1 << 16));
        out.writeInt(MAGIC);
        out.writeUTF(plan);
        out.writeInt(width);
        return new Writer(path, plan, file, out, width);
    }

    /** The rows of {@code file}; the caller has checked the plan fingerprint matches ({@link Reader#plan}). */
    public static Reader open(Path file) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16));
        try {
            if (in.readInt() != MAGIC) {
                throw new IOException(file + ": not a unireg row cache");
            }
            return new Reader(file, in, in.readUTF(), in.readInt());
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e instanceof IOException io ? io : new IOException(file + ": unreadable row cache", e);
        }
    }

    public static final class Writer implements AutoCloseable {
        private final Path path;
        private final String plan;
        private final FileOutputStream file;
        private final DataOutputStream out;
        private final int width;
        private long rows;
        private boolean closed;

        private Writer(Path path, String plan, FileOutputStream file, DataOutputStream out, int width) {
            this.path = path;
            this.plan = plan;
            this.file = file;
            this.out = out;
            this.width = width;
        }

        public void write(String key, String[] values) throws IOException {
            out.writeByte(ROW);
            text(key);
            for (int i = 0; i < width; i++) {
                text(values[i]);
            }
            rows++;
        }

        private void text(String s) throws IOException {
            if (s == null) {
                out.writeInt(-1);
                return;
            }
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            out.writeInt(b.length);
            out.write(b);
        }

        public long rows() {
            return rows;
        }

        public Path path() {
            return path;
        }

        public String plan() {
            return plan;
        }

        /** Ends the file (the end mark makes it complete) and forces it to disk before the state names it. */
        @Override
        public void close() throws IOException {
            if (closed) {
                return;
            }
            closed = true;
            out.writeByte(END);
            out.writeLong(rows);
            out.flush();
            file.getChannel().force(true);
            out.close();
        }
    }

    public static final class Reader implements AutoCloseable {
        private final Path file;
        private final DataInputStream in;
        private final String plan;
        private final int width;
        private long rows;
        private String key;
        private String[] values;

        private Reader(Path file, DataInputStream in, String plan, int width) {
            this.file = file;
            this.in = in;
            this.plan = plan;
            this.width = width;
        }

        public String plan() {
            return plan;
        }

        public int width() {
            return width;
        }

        /** The next row; {@code false} at the end mark. A file cut short is an error. */
        public boolean next() throws IOException {
            try {
                byte kind = in.readByte();
                if (kind == END) {
                    long count = in.readLong();
                    if (count != rows) {
                        throw new IOException(file + ": row cache ends after " + rows + " rows but says " + count);
                    }
                    return false;
                }
                if (kind != ROW) {
                    throw new IOException(file + ": row cache is damaged after row " + rows);
                }
                key = text();
                values = new String[width];
                for (int i = 0; i < width; i++) {
                    values[i] = text();
                }
                rows++;
                return true;
            } catch (EOFException e) {
                throw new IOException(file + ": row cache is cut short after row " + rows, e);
            }
        }

        private String text() throws IOException {
            int n = in.readInt();
            if (n < 0) {
                return null;
            }
            byte[] b = new byte[n];
            in.readFully(b);
            return new String(b, StandardCharsets.UTF_8);
        }

        public String key() {
            return key;
        }

        public String[] values() {
            return values;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
