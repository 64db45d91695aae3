package io.unireg.state;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * The last good run's golden records (id, whole hash, {@link Fingerprint} field hashes) in one file
 * beside the state store, which names it. Format 2 kept them in a SQLite table: a first run's million
 * inserts took 1.4–1.7 s after the outputs were in place, with the other core idle, and SQLite cannot
 * go much below 1 µs a row. A sorted file is written in one pass (merging the last good file with the
 * run's spool), read in one pass for the ids and hashes, and searched for the few fingerprints a
 * night asks about. A new file gets a new name, and the store's transaction names it: a killed run
 * leaves the old file named and in use.
 *
 * <p>Layout: {@code int magic, int fieldBytes}; records of {@code long key, long whole, fieldBytes
 * bytes}, ascending by key (signed), each key once; {@code long count, int endMagic}, so a cut file is
 * an error rather than a state that lost records.
 */
final class GoldenFile {

    private static final int MAGIC = 0x55524731; // "URG1"
    private static final int END = 0x454e4431; // "END1"
    private static final int HEADER = 8;
    private static final int TRAILER = 12;

    private GoldenFile() {
    }

    /** The records' shape, checked against the file's length and end mark. */
    private record Shape(int fieldBytes, long count) {
        int recordBytes() {
            return 16 + fieldBytes;
        }
    }

    private static Shape shape(FileChannel channel, Path file) throws IOException {
        long size = channel.size();
        if (size < HEADER + TRAILER) {
            throw new IOException(file + ": not a complete golden-records file (" + size + " bytes)");
        }
        ByteBuffer head = read(channel, 0, HEADER, file);
        ByteBuffer tail = read(channel, size - TRAILER, TRAILER, file);
        int fieldBytes = head.getInt(4);
        long count = tail.getLong(0);
        if (head.getInt(0) != MAGIC || tail.getInt(8) != END || fieldBytes < 0
                || HEADER + TRAILER + count * (16L + fieldBytes) != size) {
            throw new IOException(file + ": not a complete golden-records file (its header, length or end mark is wrong)");
        }
        return new Shape(fieldBytes, count);
    }

    private static ByteBuffer read(FileChannel channel, long at, int length, Path file) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(length);
        Spool.readFully(channel, b, at, file + ": ends early");
        return b;
    }

    /** Every id's key and whole hash. */
    static IdHashes hashes(Path file) throws IOException {
        try (Cursor c = new Cursor(file)) {
            IdHashes hashes = new IdHashes((int) Math.min(Integer.MAX_VALUE / 4, c.shape.count));
            while (c.next()) {
                hashes.put(c.key, c.whole);
            }
            return hashes;
        }
    }

    /** Reads the records in key order. */
    static final class Cursor implements AutoCloseable {
        private final FileChannel channel;
        private final Path file;
        private final Shape shape;
        private final ByteBuffer buffer;
        private long at = HEADER;
        private long left;
        long key;
        long whole;
        final byte[] fields;

        Cursor(Path file) throws IOException {
            this.file = file;
            this.channel = FileChannel.open(file, StandardOpenOption.READ);
            try {
                this.shape = shape(channel, file);
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
            this.left = shape.count;
            this.fields = new byte[shape.fieldBytes];
            int block = Math.max(1, (1 << 20) / shape.recordBytes()) * shape.recordBytes();
            this.buffer = ByteBuffer.allocate(block);
            buffer.limit(0);
        }

        int fieldBytes() {
            return shape.fieldBytes;
        }

        boolean next() throws IOException {
            if (left == 0) {
                return false;
            }
            if (!buffer.hasRemaining()) {
                buffer.clear();
                buffer.limit((int) Math.min(buffer.capacity(), left * shape.recordBytes()));
                Spool.readFully(channel, buffer, at, file + ": ends early");
                at += buffer.limit();
            }
            key = buffer.getLong();
            whole = buffer.getLong();
            buffer.get(fields);
            left--;
            return true;
        }

        @Override
        public void close() throws IOException {
            channel.close();
        }
    }

    /** Writes records in ascending key order to a temporary file; {@link #commit} makes it the named one, on disk. */
    static final class Writer implements AutoCloseable {
        private final Path target;
        private final Path temporary;
        private final FileOutputStream file;
        private final DataOutputStream out;
        private final int fieldBytes;
        private long count;
        private long last;
        private boolean done;

        Writer(Path target, int fieldBytes) throws IOException {
            this.target = target;
            this.temporary = target.resolveSibling(target.getFileName() + ".tmp");
            this.fieldBytes = fieldBytes;
            Files.createDirectories(target.toAbsolutePath().getParent());
            this.file = new FileOutputStream(temporary.toFile());
            this.out = new DataOutputStream(new BufferedOutputStream(file, 1 << 16));
            out.writeInt(MAGIC);
            out.writeInt(fieldBytes);
        }

        void add(long key, long whole, byte[] fields) throws IOException {
            if (count > 0 && key <= last) {
                throw new IllegalStateException("golden records out of key order: " + key + " after " + last);
            }
            if (fields.length != fieldBytes) {
                throw new IllegalStateException("a golden record of " + fields.length + " field bytes in a file of " + fieldBytes);
            }
            out.writeLong(key);
            out.writeLong(whole);
            out.write(fields);
            last = key;
            count++;
        }

        long count() {
            return count;
        }

        /** Ends the file, forces it to disk and moves it to its name. */
        void commit() throws IOException {
            out.writeLong(count);
            out.writeInt(END);
            out.flush();
            file.getChannel().force(true);
            out.close();
            done = true;
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }

        /** Removes the temporary file unless {@link #commit} moved it. */
        @Override
        public void close() throws IOException {
            if (!done) {
                out.close();
                Files.deleteIfExists(temporary);
            }
        }
    }

    /**
     * Finds single records by key: a binary search over the file mapped in pieces (a night asks for the
     * fingerprints of the records that changed; after a schema change, of every record).
     */
    static final class Lookup implements AutoCloseable {
        private static final int PIECE_RECORDS_MAX = 1 << 22;
        private final FileChannel channel;
        private final Shape shape;
        private final MappedByteBuffer[] pieces;
        private final int pieceRecords;

        Lookup(Path file) throws IOException {
            this(file, PIECE_RECORDS_MAX);
        }

        /** {@code pieceRecordsMax}: records per mapped piece at most (tests map small files in several pieces). */
        Lookup(Path file, int pieceRecordsMax) throws IOException {
            this.channel = FileChannel.open(file, StandardOpenOption.READ);
            try {
                this.shape = shape(channel, file);
                this.pieceRecords = Math.max(1, Math.min(pieceRecordsMax, Integer.MAX_VALUE / shape.recordBytes()));
                int n = (int) ((shape.count + pieceRecords - 1) / pieceRecords);
                this.pieces = new MappedByteBuffer[n];
                for (int p = 0; p < n; p++) {
                    long first = (long) p * pieceRecords;
                    long records = Math.min(pieceRecords, shape.count - first);
                    pieces[p] = channel.map(FileChannel.MapMode.READ_ONLY, HEADER + first * shape.recordBytes(),
                            records * shape.recordBytes());
                }
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
        }

        private long keyAt(long i) {
            return pieces[(int) (i / pieceRecords)].getLong((int) (i % pieceRecords) * shape.recordBytes());
        }

        /** The field hashes of {@code key}, or {@code null} when the file does not have it. */
        byte[] fields(long key) {
            long lo = 0, hi = shape.count - 1;
            while (lo <= hi) {
                long mid = (lo + hi) >>> 1;
                long k = keyAt(mid);
                if (k < key) {
                    lo = mid + 1;
                } else if (k > key) {
                    hi = mid - 1;
                } else {
                    byte[] fields = new byte[shape.fieldBytes];
                    pieces[(int) (mid / pieceRecords)].get((int) (mid % pieceRecords) * shape.recordBytes() + 16, fields);
                    return fields;
                }
            }
            return null;
        }

        @Override
        public void close() throws IOException {
            channel.close();
        }
    }
}
