package io.unireg.run;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * One run per job at a time: an exclusive OS lock on {@code .unireg.lock} in the output folder.
 * The OS drops the lock when the holder dies, so a killed run never leaves a lock behind; the file's
 * text (host, pid, start) only tells the second run who holds it.
 */
public final class RunLock implements AutoCloseable {

    static final String FILE = ".unireg.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private RunLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Another run holds the lock: exit code 4. */
    public static final class Held extends Exception {
        public Held(String message) {
            super(message);
        }
    }

    public static RunLock acquire(Path folder, String job, Instant now) throws IOException, Held {
        Files.createDirectories(folder);
        Path file = folder.resolve(FILE);
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (java.nio.channels.OverlappingFileLockException e) {
            lock = null; // held by this very process (a test, or an embedding program)
        }
        if (lock == null) {
            String holder = Files.readString(file, StandardCharsets.UTF_8).strip();
            channel.close();
            throw new Held("another run of job " + job + " holds the lock " + file
                    + (holder.isEmpty() ? "" : " (" + holder + ")"));
        }
        String me = "host " + host() + ", pid " + ProcessHandle.current().pid() + ", started " + now;
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(me.getBytes(StandardCharsets.UTF_8)), 0);
        channel.force(false);
        return new RunLock(channel, lock);
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "unknown";
        }
    }

    @Override
    public void close() throws IOException {
        channel.truncate(0);
        lock.release();
        channel.close();
    }
}
