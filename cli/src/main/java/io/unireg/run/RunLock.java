package io.unireg.run;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One run per job at a time: an exclusive OS lock on the state folder's {@code run.lock}. The OS
 * drops the lock when the holder dies, so the lock itself never goes stale; the file's text (host,
 * pid, start) tells a second run who holds it and is cleared on a clean exit. Text left behind by a
 * killed run is checked before the run takes the lock over: a dead (or reused) pid on this host is a
 * stale lock and is taken over with a warning; text from another host cannot be checked from here
 * (an OS lock may not reach across a network file system), so it is refused.
 */
public final class RunLock implements AutoCloseable {

    private static final Pattern HOLDER = Pattern.compile("host (\\S+), pid (\\d+), started (\\S+)");

    private final FileChannel channel;
    private final FileLock lock;
    private final String warning;

    private RunLock(FileChannel channel, FileLock lock, String warning) {
        this.channel = channel;
        this.lock = lock;
        this.warning = warning;
    }

    /** Another run holds the lock: exit code 4. */
    public static final class Held extends Exception {
        public Held(String message) {
            super(message);
        }
    }

    /** Who a lock file names: host, pid and start time as the holder wrote them. */
    public record Holder(String host, long pid, String started) {
        @Override
        public String toString() {
            return "host " + host + ", pid " + pid + ", started " + started;
        }

        static Optional<Holder> parse(String text) {
            Matcher m = HOLDER.matcher(text);
            return m.find() ? Optional.of(new Holder(m.group(1), Long.parseLong(m.group(2)), m.group(3))) : Optional.empty();
        }

        /** This host's process {@code pid} is gone, or is a newer process that reused the number. */
        boolean deadHere() {
            Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
            if (process.isEmpty()) {
                return true;
            }
            Optional<Instant> processStart = process.get().info().startInstant();
            try {
                // whole seconds: the process table's start time is coarser than the lock's
                return processStart.isPresent() && processStart.get().getEpochSecond() > Instant.parse(started).getEpochSecond();
            } catch (DateTimeParseException e) {
                return false;
            }
        }
    }

    public static RunLock acquire(Path file, String job, Instant now) throws IOException, Held {
        Files.createDirectories(file.toAbsolutePath().getParent());
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null; // held by this very process (a test, or an embedding program)
        }
        String left = text(channel);
        if (lock == null) {
            // The holder writes its name just after taking the lock; a run started at the same moment can
            // read the file in between, so give the holder a moment to say who it is.
            for (int i = 0; i < 40 && left.isEmpty(); i++) {
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
                left = text(channel);
            }
            channel.close();
            throw new Held("another run of job " + job + " holds the lock " + file + (left.isEmpty() ? "" : " (" + left + ")"));
        }
        String warning = null;
        if (!left.isEmpty()) {
            Optional<Holder> holder = Holder.parse(left);
            if (holder.isPresent() && holder.get().host().equals(host()) && holder.get().deadHere()) {
                warning = "took over a stale lock " + file + " left by a run that is gone (" + holder.get() + ")";
            } else {
                lock.release();
                channel.close();
                throw new Held("the lock " + file + " of job " + job + " names a run that may still be going (" + left
                        + "); if it is not, delete the file");
            }
        }
        String me = new Holder(host(), ProcessHandle.current().pid(), now.toString()).toString();
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(me.getBytes(StandardCharsets.UTF_8)), 0);
        channel.force(false);
        return new RunLock(channel, lock, warning);
    }

    /**
     * Who holds the lock now, for {@code unireg status}; empty when no run holds it. Never takes the
     * lock over and never writes the file.
     */
    public static Optional<String> holder(Path file) throws IOException {
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        try (channel) {
            String text = text(channel);
            FileLock probe;
            try {
                probe = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                return Optional.of(text.isEmpty() ? "this process" : text);
            }
            if (probe == null) {
                return Optional.of(text.isEmpty() ? "holder unknown" : text);
            }
            probe.release();
            return Optional.empty();
        }
    }

    /**
     * The file's text, read through the locked channel itself: opening and closing the file a second
     * time would drop this process's lock (POSIX record locks belong to the process, not the descriptor).
     */
    private static String text(FileChannel channel) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(channel.size(), 4096));
        while (buffer.hasRemaining() && channel.read(buffer, buffer.position()) > 0) {
            // read up to the end
        }
        return new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8).strip();
    }

    /** Set when a stale lock was taken over: the caller logs it. */
    public Optional<String> warning() {
        return Optional.ofNullable(warning);
    }

    static String host() {
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
