package io.unireg.source.excel;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The workbook's shared-string table (Excel stores each distinct text once and cells point to it).
 * Plain Java strings in memory while the table is small; past {@link #MEMORY_CHARS} characters the
 * table moves to a temporary file (UTF-8, memory-mapped, an offset per string), so a sheet saved by
 * Excel with millions of distinct texts still reads in bounded heap. POI's
 * {@code ReadOnlySharedStringsTable} keeps an XMLBeans object per string, several times heavier.
 * Phonetic runs ({@code rPh}) are not part of the text the user sees.
 */
final class SharedStrings implements AutoCloseable {

    /** About 64 MB of heap (UTF-16) before spilling to disk. */
    static final long MEMORY_CHARS = 32L << 20;
    private static final long SEGMENT = 1L << 30;

    private final String[] strings;
    private final long[] offsets;
    private final int count;
    private final MappedByteBuffer[] segments;
    private final Path spill;

    private SharedStrings(String[] strings) {
        this.strings = strings;
        this.offsets = null;
        this.count = strings.length;
        this.segments = null;
        this.spill = null;
    }

    private SharedStrings(long[] offsets, int count, MappedByteBuffer[] segments, Path spill) {
        this.strings = null;
        this.offsets = offsets;
        this.count = count;
        this.segments = segments;
        this.spill = spill;
    }

    static SharedStrings read(InputStream in, int maxChars) throws IOException, XMLStreamException, Xml.TooLong {
        return read(in, maxChars, MEMORY_CHARS);
    }

    static SharedStrings read(InputStream in, int maxChars, long memoryChars) throws IOException, XMLStreamException, Xml.TooLong {
        if (in == null) {
            return new SharedStrings(new String[0]);
        }
        List<String> list = new ArrayList<>();
        long chars = 0;
        Spill spill = null;
        try (in) {
            XMLStreamReader r = Xml.reader(in);
            StringBuilder sb = new StringBuilder();
            boolean inItem = false;
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = r.getLocalName();
                    if (name.equals("si")) {
                        sb.setLength(0);
                        inItem = true;
                    } else if (name.equals("rPh")) {
                        Xml.skip(r);
                    } else if (name.equals("t") && inItem) {
                        Xml.text(r, sb, maxChars);
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("si")) {
                    String s = Xml.unescape(sb.toString());
                    inItem = false;
                    if (spill != null) {
                        spill.add(s);
                        continue;
                    }
                    list.add(s);
                    chars += s.length() + 20; // + the object's own cost, in chars
                    if (chars > memoryChars) {
                        spill = new Spill();
                        for (String earlier : list) {
                            spill.add(earlier);
                        }
                        list = null;
                    }
                }
            }
            r.close();
        } catch (IOException | XMLStreamException | Xml.TooLong | RuntimeException e) {
            if (spill != null) {
                spill.discard();
            }
            throw e;
        }
        return spill != null ? spill.finish() : new SharedStrings(list.toArray(String[]::new));
    }

    /** The string at {@code index}, or {@code null} when the table has no such entry (a corrupt file). */
    String get(int index) {
        if (index < 0 || index >= count) {
            return null;
        }
        if (strings != null) {
            return strings[index];
        }
        long start = offsets[index];
        int length = (int) (offsets[index + 1] - start);
        MappedByteBuffer segment = segments[(int) (start / SEGMENT)];
        byte[] bytes = new byte[length];
        segment.get((int) (start % SEGMENT), bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    int size() {
        return count;
    }

    /** {@code true} when the table lives in a temporary file. */
    boolean spilled() {
        return spill != null;
    }

    @Override
    public void close() {
        if (spill != null) {
            try {
                Files.deleteIfExists(spill); // the mapping stays valid until collected; the name goes now
            } catch (IOException ignored) {
                // a temporary file; the OS cleans its temp folder
            }
        }
    }

    /** Strings appended to a temporary file; no string crosses a 1 GB segment, so each maps whole. */
    private static final class Spill {
        private final Path file;
        private final OutputStream out;
        private long[] offsets = new long[1 << 16];
        private int count;
        private long position;

        Spill() throws IOException {
            this.file = Files.createTempFile("unireg-sst-", ".bin");
            file.toFile().deleteOnExit();
            this.out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
        }

        void add(String s) throws IOException {
            byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
            long segmentEnd = (position / SEGMENT + 1) * SEGMENT;
            if (position + bytes.length > segmentEnd) {
                out.write(new byte[(int) (segmentEnd - position)]);
                position = segmentEnd;
            }
            if (count + 1 >= offsets.length) {
                offsets = Arrays.copyOf(offsets, offsets.length * 2);
            }
            offsets[count++] = position;
            out.write(bytes);
            position += bytes.length;
        }

        SharedStrings finish() throws IOException {
            out.close();
            offsets[count] = position;
            int n = (int) (position / SEGMENT) + 1;
            MappedByteBuffer[] segments = new MappedByteBuffer[n];
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
                for (int i = 0; i < n; i++) {
                    long start = i * SEGMENT;
                    segments[i] = channel.map(FileChannel.MapMode.READ_ONLY, start, Math.min(SEGMENT, position - start));
                }
            }
            return new SharedStrings(offsets, count, segments, file);
        }

        void discard() {
            try {
                out.close();
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a temporary file; deleteOnExit covers it
            }
        }
    }
}
