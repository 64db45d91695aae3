package io.unireg.run;

/** A file the run wrote, as the manifest lists it. */
public record OutputFile(String path, String sha256, long rows) {
}
