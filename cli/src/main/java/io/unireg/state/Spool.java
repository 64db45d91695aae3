package io.unireg.state;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The fingerprints of a run's new and changed records, spooled to a file while the run writes them
 * (a first run: every record) and read back by the transaction that advances the state — so they
 * never all sit in memory.
 */
final class Spool implements AutoCloseable {

    private final Path file;
    private final DataOutputStream out;
    private long count;

    Spool(Path file) throws IOException {
        this.file = file;
        Files.createDirectories(file.toAbsolutePath().getParent());
        this.out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
    }

    Path file() {
        return file;
    }

    void add(String id, byte[] fingerprint) throws IOException {
        out.writeLong(IdHashes.key(id));
        out.writeShort(fingerprint.length);
        out.write(fingerprint);
        count++;
    }

    long count() {
        return count;
    }

    @Override
    public void close() throws IOException {
        out.close();
    }

    static Reader read(Path file) throws IOException {
        return new Reader(new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16)));
    }

    static final class Reader implements AutoCloseable {
        private final DataInputStream in;
        private String id;
        private byte[] fingerprint;

        Reader(DataInputStream in) {
            this.in = in;
        }

        boolean next() throws IOException {
            long key;
            try {
                key = in.readLong();
            } catch (EOFException e) {
                return false;
            }
            id = IdHashes.id(key);
            fingerprint = new byte[in.readUnsignedShort()];
            in.readFully(fingerprint);
            return true;
        }

        String id() {
            return id;
        }

        byte[] fingerprint() {
            return fingerprint;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
