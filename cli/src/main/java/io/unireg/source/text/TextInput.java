package io.unireg.source.text;

import io.unireg.source.SourceException;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.NoSuchFileException;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A text file opened the way every text source opens one: the first {@link EncodingDetector#SAMPLE_BYTES}
 * read for detection (unless the job names the encoding), a byte order mark skipped, then the whole
 * file as characters. Bytes the charset cannot decode become U+FFFD rather than stopping the read, and
 * {@link #lastReplacement()} says where the last of them went, so a source can point at the values
 * that are not what the file holds.
 */
public final class TextInput implements Closeable {

    public static final String AUTO = "auto";
    private static final List<String> COMMON_NAMES = List.of(AUTO, "utf-8", "windows-1251", "cp866", "cp1125", "koi8-u");

    private final Path file;
    private final Stamp stamp;
    private final InputStream raw;
    private final byte[] sample;
    private final EncodingDetector.Detection detection;
    private DecodingReader reader;

    /**
     * What tells a file rewritten since it was opened: a reader that re-reads it must find the same text.
     * The identity (inode and device where the file system has them) as well as size and time: a copy
     * renamed into place keeps the size and, copied with {@code cp -p} or {@code rsync -t}, the time.
     */
    private record Stamp(long size, FileTime modified, Object identity) {
        static Stamp of(Path file) throws IOException {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return new Stamp(attributes.size(), attributes.lastModifiedTime(), attributes.fileKey());
        }
    }

    private TextInput(Path file, Stamp stamp, InputStream raw, byte[] sample, EncodingDetector.Detection detection) {
        this.file = file;
        this.stamp = stamp;
        this.raw = raw;
        this.sample = sample;
        this.detection = detection;
    }

    /**
     * The charset a job names, or {@code null} for {@code auto} (or nothing).
     *
     * @throws SourceException an unknown name, with a near known one when there is one
     */
    public static Charset explicitCharset(Path file, String encoding) throws SourceException {
        if (encoding == null || encoding.isBlank() || encoding.trim().equalsIgnoreCase(AUTO)) {
            return null;
        }
        try {
            return Charset.forName(encoding.trim());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw SourceException.of(file, "unknown encoding '" + encoding + "'"
                + io.unireg.job.Suggestions.didYouMean(encoding.toLowerCase(Locale.ROOT), COMMON_NAMES));
        }
    }

    /** Opens {@code file}, detecting its encoding unless {@code encoding} names one. */
    public static TextInput open(Path file, String encoding) throws IOException, SourceException {
        Charset explicit = explicitCharset(file, encoding);
        Stamp stamp = Stamp.of(file);
        InputStream raw = Files.newInputStream(file);
        try {
            byte[] sample = raw.readNBytes(EncodingDetector.SAMPLE_BYTES);
            EncodingDetector.Detection detection = explicit == null ? EncodingDetector.detect(sample) : given(explicit, sample);
            return new TextInput(file, stamp, raw, sample, detection);
        } catch (IOException | RuntimeException e) {
            raw.close();
            throw e;
        }
    }

    /**
     * The same file opened again from its start, decoded as this one is (no detection again), for a
     * source that must read on from a line it has passed.
     *
     * @throws IOException the file has changed since it was first opened (its size or modification
     *     time), so its lines would no longer be the ones read so far
     */
    public TextInput reopen() throws IOException {
        Stamp now;
        try {
            now = Stamp.of(file);
        } catch (NoSuchFileException e) {
            throw new IOException(file + ": the file was removed or renamed while it was read: run again when it is in place", e);
        }
        if (!now.equals(stamp)) {
            throw new IOException(file + ": the file changed while it was read (its size, modification time or"
                + " identity is not what it was when the run opened it: rewritten or replaced): run again when it is written in full");
        }
        InputStream again = Files.newInputStream(file);
        try {
            return new TextInput(file, stamp, again, again.readNBytes(EncodingDetector.SAMPLE_BYTES), detection);
        } catch (IOException | RuntimeException e) {
            again.close();
            throw e;
        }
    }

    /** An explicit charset still skips a matching BOM, so it never ends up in the first column name. */
    private static EncodingDetector.Detection given(Charset charset, byte[] sample) {
        EncodingDetector.Detection bom = EncodingDetector.byteOrderMark(sample, sample.length);
        boolean skipBom = bom != null && bom.charset().equals(charset);
        return new EncodingDetector.Detection(charset, skipBom, "given");
    }

    public Charset charset() {
        return detection.charset();
    }

    public EncodingDetector.Detection detection() {
        return detection;
    }

    /** What was decided, for {@link io.unireg.source.RecordSource#detected()}. */
    public Map<String, String> describe() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("encoding", detection.charset().name());
        m.put("encoding_reason", detection.reason());
        m.put("bom", String.valueOf(detection.bom()));
        return m;
    }

    /**
     * The sample as text, BOM skipped. When the file is longer than the sample, the last (probably
     * cut) line is left out.
     */
    public String sampleText() {
        int skip = detection.bomLength();
        String text = new String(sample, skip, sample.length - skip, detection.charset());
        if (sample.length == EncodingDetector.SAMPLE_BYTES) {
            int lastBreak = text.lastIndexOf('\n');
            if (lastBreak > 0) {
                text = text.substring(0, lastBreak);
            }
        }
        return text;
    }

    /** The whole file as characters (BOM skipped); call once. */
    public Reader reader() {
        int skip = detection.bomLength();
        reader = detection.charset().equals(StandardCharsets.UTF_8)
            ? new Utf8Reader(sample, skip, raw)
            : new CharsetReader(sample, skip, raw, detection.charset());
        return reader;
    }

    /**
     * Offset, in characters of {@link #reader()}'s text, of the last U+FFFD it put in for bytes the
     * charset could not decode; -1 while there is none. The reader runs ahead of whoever parses its
     * text, so a value starting after this offset holds no such U+FFFD, and one starting at or before
     * it may.
     */
    public long lastReplacement() {
        return reader == null ? -1 : reader.lastReplacement();
    }

    @Override
    public void close() throws IOException {
        raw.close();
    }
}
