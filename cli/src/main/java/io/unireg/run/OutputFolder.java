package io.unireg.run;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A run writes into a hidden staging folder inside the output folder and moves each finished file
 * into place at the end (same file system, so each move is atomic). A failed or killed run never
 * leaves half a file where the last good one was.
 */
final class OutputFolder {

    static final String STAGING_PREFIX = ".unireg-staging-";

    private final Path target;
    private final Path staging;

    private OutputFolder(Path target, Path staging) {
        this.target = target;
        this.staging = staging;
    }

    static OutputFolder prepare(Path target) throws IOException {
        Files.createDirectories(target);
        removeStaleStaging(target);
        Path staging = Files.createDirectory(target.resolve(STAGING_PREFIX + ProcessHandle.current().pid() + "-" + System.nanoTime()));
        return new OutputFolder(target, staging);
    }

    Path staging() {
        return staging;
    }

    /** Moves every staged file into place, then removes the staging folder. */
    void commit() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(staging)) {
            walk.filter(Files::isRegularFile).sorted().forEach(files::add);
        }
        Path manifest = staging.resolve("manifest.json");
        // The manifest goes last: when it is new, everything it lists is new too.
        files.sort(Comparator.comparing((Path p) -> p.equals(manifest)));
        for (Path file : files) {
            Path destination = target.resolve(staging.relativize(file).toString());
            Files.createDirectories(destination.getParent());
            try {
                Files.move(file, destination, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(file, destination, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        deleteTree(staging);
    }

    void abandon() {
        try {
            deleteTree(staging);
        } catch (IOException ignored) {
            // a leftover staging folder is removed by the next run
        }
    }

    private static void removeStaleStaging(Path target) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(target, STAGING_PREFIX + "*")) {
            for (Path entry : entries) {
                String pid = entry.getFileName().toString().substring(STAGING_PREFIX.length()).split("-")[0];
                boolean alive = pid.matches("\\d+") && ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false);
                if (!alive) {
                    deleteTree(entry);
                }
            }
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
