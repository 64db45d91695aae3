package io.unireg.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a run's three reports. Each file is written under a temporary name beside its place and
 * moved there when complete, so a reader (or a crash) never meets half a report; a run's reports go
 * through its staging folder like every other output.
 */
public final class Reports {

    public static final String HTML = "report.html";
    public static final String JSON = "report.json";
    public static final String XLSX = "report.xlsx";
    public static final List<String> FILES = List.of(JSON, HTML, XLSX);

    private Reports() {
    }

    /**
     * Reads the finished run in {@code runDir} and writes {@code report.json}, {@code report.html} and
     * {@code report.xlsx} into {@code outDir}; returns the files written, in that order.
     */
    public static List<Path> write(Path runDir, Path outDir, ReportOptions options) throws ReportException, IOException {
        return write(ReportReader.read(runDir, options), runDir, outDir, options);
    }

    /** Writes the reports of {@code model}, read from {@code runDir}, into {@code outDir}. */
    public static List<Path> write(ReportModel model, Path runDir, Path outDir, ReportOptions options)
            throws ReportException, IOException {
        return write(model, runDir, outDir, options, null);
    }

    /**
     * As {@link #write(ReportModel, Path, Path, ReportOptions)}, with {@code report.xlsx} begun while
     * the run wrote rejects.csv ({@link RunTallies#workbook}), or {@code null} to fill its rejects sheet
     * from the file. Closes the workbook.
     */
    public static List<Path> write(ReportModel model, Path runDir, Path outDir, ReportOptions options, ReportXlsx workbook)
            throws ReportException, IOException {
        try (ReportXlsx xlsx = workbook != null ? workbook : ReportXlsx.fromFiles(runDir, options)) {
            Files.createDirectories(outDir);
            List<Path> written = new ArrayList<>();
            written.add(place(outDir, JSON, tmp -> Files.writeString(tmp, ReportJson.render(model), StandardCharsets.UTF_8)));
            written.add(place(outDir, HTML, tmp -> Files.writeString(tmp, ReportHtml.render(model, options), StandardCharsets.UTF_8)));
            written.add(place(outDir, XLSX, tmp -> xlsx.write(model, runDir, tmp)));
            return written;
        }
    }

    private interface Writer {
        void write(Path tmp) throws IOException, ReportException;
    }

    private static Path place(Path dir, String name, Writer writer) throws IOException, ReportException {
        Path target = dir.resolve(name);
        Path tmp = dir.resolve("." + name + ".tmp");
        try {
            writer.write(tmp);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return target;
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
