package io.unireg.bench;

import io.unireg.sink.Sha256;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * The least a CSV → CSV job can do on this stack, as a yardstick between the raw parse (the ceiling)
 * and a real run: Commons CSV parses on one thread, the other trims every cell and writes RFC 4180
 * UTF-8 with the output's SHA-256, as a run's records writer does. No mapping, no validation, no ids,
 * links, rejects or reports. What a run takes beyond this is unireg's own work.
 * {@code java -cp unireg.jar io.unireg.bench.PipelineFloor IN CHARSET DELIMITER OUT}.
 */
public final class PipelineFloor {

    private static final int BATCH = 1024;
    private static final String[][] END = new String[0][];

    private PipelineFloor() {
    }

    public static void main(String[] args) throws Exception {
        Path in = Path.of(args[0]);
        Charset charset = Charset.forName(args[1]);
        char delimiter = args[2].charAt(0);
        Path out = Path.of(args[3]);
        long start = System.nanoTime();
        BlockingQueue<String[][]> batches = new ArrayBlockingQueue<>(8);
        Thread reader = new Thread(() -> read(in, charset, delimiter, batches), "floor-read");
        reader.setDaemon(true);
        reader.start();
        MessageDigest sha = Sha256.newDigest();
        long rows = 0;
        try (Writer w = new BufferedWriter(new OutputStreamWriter(new DigestOutputStream(
                new BufferedOutputStream(Files.newOutputStream(out), 1 << 16), sha), StandardCharsets.UTF_8), 1 << 16)) {
            for (String[][] batch = batches.take(); batch != END; batch = batches.take()) {
                for (String[] row : batch) {
                    writeRow(w, row);
                    rows++;
                }
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "pipeline_floor rows=%d seconds=%.3f rows_per_s=%.0f sha256=%s%n",
                rows - 1, seconds, (rows - 1) / seconds, HexFormat.of().formatHex(sha.digest()));
    }

    private static void read(Path in, Charset charset, char delimiter, BlockingQueue<String[][]> batches) {
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(in), charset), 1 << 16);
             CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
            String[][] batch = new String[BATCH][];
            int n = 0;
            for (CSVRecord record : parser) {
                String[] row = new String[record.size()];
                for (int i = 0; i < row.length; i++) {
                    row[i] = record.get(i);
                }
                batch[n++] = row;
                if (n == BATCH) {
                    batches.put(batch);
                    batch = new String[BATCH][];
                    n = 0;
                }
            }
            String[][] last = new String[n][];
            System.arraycopy(batch, 0, last, 0, n);
            batches.put(last);
            batches.put(END);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void writeRow(Writer w, String[] row) throws IOException {
        for (int i = 0; i < row.length; i++) {
            if (i > 0) {
                w.write(',');
            }
            String value = row[i].trim();
            if (value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
                w.write('"');
                w.write(value.replace("\"", "\"\""));
                w.write('"');
            } else {
                w.write(value);
            }
        }
        w.write("\r\n");
    }
}
