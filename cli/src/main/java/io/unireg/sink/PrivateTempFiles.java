package io.unireg.sink;

import org.apache.poi.util.TempFileCreationStrategy;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where POI puts the temporary files of the workbooks unireg streams (a sheet's rows until the file
 * is zipped): a folder of this JVM's own, made on first use with a random name and, on POSIX file
 * systems, open to its owner alone ({@link Files#createTempDirectory}), removed at exit.
 *
 * <p>POI's strategies use a folder of a fixed name ({@code poifiles}, or {@code poifiles_NAME} per
 * user) and take it as they find it: whoever made it first owns it. Another account on a shared server
 * could make {@code /tmp/poifiles_etl} before the nightly run and then remove or swap the sheet files
 * in it between POI writing and reading them back, into the run's xlsx outputs.
 */
final class PrivateTempFiles implements TempFileCreationStrategy {

    private final Path base;
    private Path folder;

    /** Under {@code java.io.tmpdir}. */
    PrivateTempFiles() {
        this(null);
    }

    /** Under {@code base}; {@code null}: {@code java.io.tmpdir}. */
    PrivateTempFiles(Path base) {
        this.base = base;
    }

    @Override
    public File createTempFile(String prefix, String suffix) throws IOException {
        File file = Files.createTempFile(folder(), prefix, suffix).toFile();
        file.deleteOnExit();
        return file;
    }

    @Override
    public File createTempDirectory(String prefix) throws IOException {
        File dir = Files.createTempDirectory(folder(), prefix).toFile();
        dir.deleteOnExit();
        return dir;
    }

    /** The folder, made on first use; registered for deletion before anything in it, so removed after it. */
    synchronized Path folder() throws IOException {
        if (folder == null) {
            Path under = base != null ? base : Path.of(System.getProperty("java.io.tmpdir"));
            folder = Files.createTempDirectory(under, "unireg-poi-");
            folder.toFile().deleteOnExit();
        }
        return folder;
    }
}
