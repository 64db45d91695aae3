package io.unireg.sink;

import org.apache.poi.util.TempFile;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class PrivateTempFilesTest {

    @TempDir
    Path base;

    @Test
    void eachRunGetsAFolderOpenToItsOwnerAlone() throws Exception {
        assumeTrue(base.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
        // What another account could leave for a run: POI's per-user folder, open to all.
        Path planted = Files.createDirectory(base.resolve("poifiles_" + System.getProperty("user.name")));
        Files.setPosixFilePermissions(planted, PosixFilePermissions.fromString("rwxrwxrwx"));

        PrivateTempFiles first = new PrivateTempFiles(base);
        File sheet = first.createTempFile("poi-sxssf-sheet", ".xml");
        File nested = first.createTempDirectory("poi");
        PrivateTempFiles second = new PrivateTempFiles(base);

        Path folder = first.folder();
        assertThat(sheet.toPath().getParent()).isEqualTo(folder);
        assertThat(nested.toPath().getParent()).isEqualTo(folder);
        assertThat(folder.getParent()).isEqualTo(base);
        assertThat(folder).isNotEqualTo(planted).isNotEqualTo(second.folder());
        assertThat(folder.getFileName().toString()).startsWith("unireg-poi-");
        assertThat(Files.getPosixFilePermissions(folder)).isEqualTo(Set.of(PosixFilePermission.OWNER_READ,
                PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE));
        assertThat(first.createTempFile("poi-sxssf-sheet", ".xml")).isNotEqualTo(sheet);
        try (var left = Files.list(planted)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void everyStreamingWorkbookPutsItsSheetsThere() throws Exception {
        try (SXSSFWorkbook workbook = new StreamingWorkbook(10, false)) {
            workbook.createSheet("rows").createRow(0).createCell(0).setCellValue("Шевченко");
            File probe = TempFile.createTempFile("probe", ".tmp");
            Path folder = probe.toPath().getParent();
            assertThat(folder.getFileName().toString()).startsWith("unireg-poi-");
            try (var files = Files.list(folder)) {
                assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("poi-sxssf-sheet"));
            }
            Files.delete(probe.toPath());
            workbook.dispose();
        }
    }
}
