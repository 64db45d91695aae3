package io.unireg.sink;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;

/** An output file whose SHA-256 is computed while it is written, for the manifest, without reading it back. */
final class HashingFile {

    private final MessageDigest digest;
    private final OutputStream stream;
    private String sha256;

    HashingFile(Path path) throws IOException {
        digest = Sha256.newDigest();
        OutputStream file = Files.newOutputStream(path);
        this.stream = new BufferedOutputStream(new DigestOutputStream(file, digest) {
            @Override
            public void close() throws IOException {
                super.close();
                sha256 = HexFormat.of().formatHex(digest.digest());
            }
        }, 1 << 16);
    }

    OutputStream stream() {
        return stream;
    }

    /** Known once the stream is closed; {@code null} before. */
    String sha256() {
        return sha256;
    }
}
