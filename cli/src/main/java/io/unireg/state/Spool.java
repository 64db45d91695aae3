package io.unireg.state;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The fingerprints of a run's new and changed records, spooled to a file while the run writes them
 * (a first run: every record) and read back by the transaction that advances the state — so they
 * never all sit in memory. They are read back in id order: SQLite then appends to the table's
 * b-tree instead of splitting pages all over it (a million random-order inserts took ~16 s, and
 * left the pages a third empty). The records arrive in no order, so the spool is a sort: chunks of a
 * few MB are sorted in memory and written as runs, and the reader merges the runs.
 *
 * <p>A run: {@code int count, int fieldBytes}, then {@code count} × ({@code long key, long whole,
 * fieldBytes bytes}), ascending by key (signed: the order of SQLite's integer keys), stable.
 */
final class Spool implements AutoCloseable {

    private static final int CHUNK_BYTES = 4 << 20;

    private final Path file;
    private final DataOutputStream out;
    private final int fieldBytes;
    private final int capacity;
    private final long[] keys;
    private final long[] wholes;
    private final byte[] fields;
    private int n;
    private long count;
    private boolean closed;

    /** @param fieldCount the hashes each record has */
    Spool(Path file, int fieldCount) throws IOException {
        this.file = file;
        this.fieldBytes = Fingerprint.FIELD_BYTES * fieldCount;
        Files.createDirectories(file.toAbsolutePath().getParent());
        this.out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
        this.capacity = Math.max(1024, CHUNK_BYTES / (16 + fieldBytes));
        this.keys = new long[capacity];
        this.wholes = new long[capacity];
        this.fields = new byte[capacity * fieldBytes];
    }

    Path file() {
        return file;
    }

    /** One record: its id's key, whole hash and field hashes {@code hashes[0..fieldCount)}. */
    void add(long key, long whole, long[] hashes) throws IOException {
        if (n == capacity) {
            flush();
        }
        keys[n] = key;
        wholes[n] = whole;
        Fingerprint.store(hashes, fieldBytes / Fingerprint.FIELD_BYTES, fields, n * fieldBytes);
        n++;
        count++;
    }

    long count() {
        return count;
    }

    private void flush() throws IOException {
        if (n == 0) {
            return;
        }
        out.writeInt(n);
        out.writeInt(fieldBytes);
        for (int i : order(keys, n)) {
            out.writeLong(keys[i]);
            out.writeLong(wholes[i]);
            out.write(fields, i * fieldBytes, fieldBytes);
        }
        n = 0;
    }

    /** The indexes of {@code keys[0..n)} in ascending signed order, equal keys in arrival order (an LSD radix sort). */
    static int[] order(long[] keys, int n) {
        int[] from = new int[n], to = new int[n];
        for (int i = 0; i < n; i++) {
            from[i] = i;
        }
        int[] counts = new int[257];
        for (int shift = 0; shift < 64; shift += 8) {
            java.util.Arrays.fill(counts, 0);
            for (int i = 0; i < n; i++) {
                counts[digit(keys[from[i]], shift) + 1]++;
            }
            for (int d = 0; d < 256; d++) {
                counts[d + 1] += counts[d];
            }
            for (int i = 0; i < n; i++) {
                int k = from[i];
                to[counts[digit(keys[k], shift)]++] = k;
            }
            int[] t = from;
            from = to;
            to = t;
        }
        return from;
    }

    /** A byte of the key with the sign bit flipped, so that unsigned byte order is signed order. */
    private static int digit(long key, int shift) {
        return (int) ((key ^ Long.MIN_VALUE) >>> shift) & 0xff;
    }

    @Override
    public void close() throws IOException {
        if (!closed) {
            closed = true;
            flush();
            out.close();
        }
    }

    static Reader read(Path file) throws IOException {
        return new Reader(FileChannel.open(file, StandardOpenOption.READ));
    }

    /** Merges the spool's runs: every record once, ascending by key; equal keys in the order they were added. */
    static final class Reader implements AutoCloseable {
        private final FileChannel channel;
        private final PriorityQueue<Cursor> queue = new PriorityQueue<>(
                (a, b) -> a.key != b.key ? Long.compare(a.key, b.key) : Integer.compare(a.run, b.run));
        private Cursor current;

        Reader(FileChannel channel) throws IOException {
            this.channel = channel;
            List<Cursor> runs = new ArrayList<>();
            ByteBuffer header = ByteBuffer.allocate(8);
            long at = 0;
            long size = channel.size();
            while (at < size) {
                header.clear();
                readFully(channel, header, at);
                int count = header.getInt(0), fieldBytes = header.getInt(4);
                runs.add(new Cursor(channel, runs.size(), at + 8, count, fieldBytes));
                at += 8 + (long) count * (16 + fieldBytes);
            }
            // A run reads ahead in blocks: many runs, smaller blocks, so a big spool stays a few MB.
            int block = Math.max(1 << 12, (1 << 22) / Math.max(1, runs.size()));
            for (Cursor c : runs) {
                if (c.open(block)) {
                    queue.add(c);
                }
            }
        }

        boolean next() throws IOException {
            if (current != null && current.advance()) {
                queue.add(current);
            }
            current = queue.poll();
            return current != null;
        }

        long key() {
            return current.key;
        }

        long whole() {
            return current.whole;
        }

        byte[] fields() {
            return current.fields;
        }

        @Override
        public void close() throws IOException {
            channel.close();
        }
    }

    private static void readFully(FileChannel channel, ByteBuffer buffer, long at) throws IOException {
        readFully(channel, buffer, at, "spool ends inside a run");
    }

    /** Fills {@code buffer}'s remaining space from {@code at} and flips it; a file that ends first is {@code ended}. */
    static void readFully(FileChannel channel, ByteBuffer buffer, long at, String ended) throws IOException {
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, at + buffer.position()) < 0) {
                throw new EOFException(ended);
            }
        }
        buffer.flip();
    }

    /** One run's next record. */
    private static final class Cursor {
        private final FileChannel channel;
        private final int run;
        private final int recordBytes;
        private long at;
        private int left;
        private ByteBuffer buffer;
        long key;
        long whole;
        byte[] fields;

        Cursor(FileChannel channel, int run, long at, int count, int fieldBytes) {
            this.channel = channel;
            this.run = run;
            this.at = at;
            this.left = count;
            this.recordBytes = 16 + fieldBytes;
        }

        boolean open(int block) throws IOException {
            buffer = ByteBuffer.allocate(Math.max(recordBytes, block / recordBytes * recordBytes));
            buffer.limit(0);
            return advance();
        }

        boolean advance() throws IOException {
            if (left == 0) {
                return false;
            }
            if (!buffer.hasRemaining()) {
                buffer.clear();
                buffer.limit((int) Math.min(buffer.capacity(), (long) left * recordBytes));
                readFully(channel, buffer, at);
                at += buffer.limit();
            }
            key = buffer.getLong();
            whole = buffer.getLong();
            fields = new byte[recordBytes - 16];
            buffer.get(fields);
            left--;
            return true;
        }
    }
}
