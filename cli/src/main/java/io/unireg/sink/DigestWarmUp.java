package io.unireg.sink;

import java.security.MessageDigest;

/**
 * Gets the JIT to compile SHA-256 before a run's writers need it. The JVM hashes with the CPU's SHA
 * instructions only in C2-compiled code; until C2 takes the digest's methods, they run as C1 code at
 * ~90 MB/s instead of ~1,500 MB/s. In a run, C2 is busy with the pipeline's own methods for the first
 * 1.5-2 s, and the records writer hashed in C1 code for all of that time (async-profiler: ~0.3 CPU-s of
 * a 1M-row run). Hashing a few megabytes on a thread of its own while the job is still being compiled
 * — when the second core is idle and C2's queue is short — gets the compiled digest in ~0.1 s.
 */
public final class DigestWarmUp {

    private static final int CHUNK = 8_192;
    /**
     * Caps, should the JIT never compile the digest (C2 off, a JVM without the intrinsic, the
     * interpreter alone): 16 MB, or 0.3 s, whichever comes first.
     */
    private static final int MOST_CHUNKS = 2_000;
    private static final long MOST_NANOS = 300_000_000L;
    /**
     * A chunk hashed this fast runs compiled (~5 µs at 1,500 MB/s; ~90 µs as C1 code). Stopping there,
     * not after a fixed amount, keeps the warm-up to the ~2-3 MB the JIT needs, off the start's own work.
     */
    private static final long COMPILED_NANOS = 25_000;

    private DigestWarmUp() {
    }

    /** Hashes until the digest runs compiled (or a cap is reached); returns then. */
    public static void run() {
        MessageDigest digest = Sha256.newDigest();
        byte[] chunk = new byte[CHUNK];
        long begun = System.nanoTime();
        int fast = 0;
        for (int i = 0; i < MOST_CHUNKS && fast < 3; i++) {
            long start = System.nanoTime();
            digest.update(chunk, 0, CHUNK);
            long end = System.nanoTime();
            if (end - begun > MOST_NANOS) {
                break;
            }
            fast = end - start < COMPILED_NANOS ? fast + 1 : 0;
        }
        digest.digest();
    }
}
