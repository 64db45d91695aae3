package io.unireg.run;

import io.unireg.sink.Sha256;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** SHA-256 of files, streamed, for the manifest. */
final class Digests {

    private Digests() {
    }

    static String sha256(Path file) throws IOException {
        MessageDigest digest = Sha256.newDigest();
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The SHA-256 of an input for the manifest, read on another thread. */
    static CompletableFuture<String> sha256Later(Path file) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return sha256(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * Waits for {@link #sha256Later}: the file is read again after the run read it, so it may have been
     * removed or locked meanwhile — a run failure naming it, not an exception from another thread.
     */
    static String join(Path file, CompletableFuture<String> hash) throws RunFailure {
        try {
            return hash.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause() instanceof UncheckedIOException unchecked ? unchecked.getCause() : e.getCause();
            String why = cause instanceof NoSuchFileException ? "it is gone"
                    : cause instanceof AccessDeniedException ? "permission denied"
                    : String.valueOf(cause.getMessage());
            throw new RunFailure(file + ": cannot read it again for the manifest's SHA-256 (" + why + ")", cause);
        }
    }
}
