package io.unireg.sink;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** The SHA-256 the manifest's hashes are made with (outputs, inputs, change-feed fingerprints). */
public final class Sha256 {

    private Sha256() {
    }

    /** A new SHA-256 digest; every Java runtime has one, so its absence is a broken JVM, not a run failure. */
    public static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
