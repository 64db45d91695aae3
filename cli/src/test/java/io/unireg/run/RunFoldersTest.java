package io.unireg.run;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Run folders, the latest link, --keep and the killed-run marking, on plain folders. */
class RunFoldersTest {

    private static final Instant T = Instant.parse("2026-12-02T01:02:03Z");

    @TempDir
    Path dir;

    private Path finished(RunFolders folders, Instant at, int exit) throws IOException {
        Path run = folders.create(at);
        Files.writeString(run.resolve(JobRunner.MANIFEST), """
                {"started_at": "%s", "finished_at": "%s", "exit_code": %d,
                 "counts": {"rows_read": 10, "rows_rejected": 2, "records_written": 8}}""".formatted(at, at.plusSeconds(5), exit));
        return run;
    }

    @Test
    void runsAreNamedByTheirStartAndASecondRunInTheSameSecondGetsASuffix() throws IOException {
        RunFolders folders = RunFolders.of(dir.resolve("out"));
        Path a = folders.create(T);
        Path b = folders.create(T);
        Path c = folders.create(T.plusSeconds(1));
        assertThat(a.getFileName()).hasToString("20261202T010203Z");
        assertThat(b.getFileName()).hasToString("20261202T010203Z-2");
        assertThat(folders.runFolders()).containsExactly(a, b, c);
    }

    @Test
    void latestIsARelativeLinkReplacedByPublish() throws IOException {
        RunFolders folders = RunFolders.of(dir.resolve("out"));
        Path first = finished(folders, T, 0);
        folders.publish(first);
        assertThat(Files.readSymbolicLink(folders.latestLink())).hasToString("runs/20261202T010203Z");
        Path second = finished(folders, T.plusSeconds(60), 0);
        folders.publish(second);
        assertThat(folders.latest()).contains(second);
        assertThat(Files.readSymbolicLink(folders.latestLink())).isRelative();
        try (var files = Files.list(folders.dir())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("latest", "runs");
        }
        // the whole output folder moved elsewhere still resolves
        Path moved = Files.move(folders.dir(), dir.resolve("moved"));
        assertThat(RunFolders.of(moved).latest()).contains(moved.resolve("runs/20261202T010303Z"));
    }

    @Test
    void keepPrunesTheOldestButNeverLatestNorTheCurrentRun() throws IOException {
        RunFolders folders = RunFolders.of(dir.resolve("out"));
        Path good = finished(folders, T, 0);
        folders.publish(good);
        Path gate1 = finished(folders, T.plusSeconds(10), 3);
        Path gate2 = finished(folders, T.plusSeconds(20), 3);
        Path current = folders.create(T.plusSeconds(30));

        List<Path> removed = folders.prune(1, current);

        assertThat(removed).containsExactlyInAnyOrder(gate1, gate2);
        assertThat(folders.runFolders()).containsExactly(good, current);
        try (var files = Files.list(folders.runs())) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("."));
        }
    }

    @Test
    void aRunWithoutManifestOrFailedJsonIsRunningOnlyWhileTheLockIsHeldElseKilledAndTheNextRunMarksIt() throws IOException {
        RunFolders folders = RunFolders.of(dir.resolve("out"));
        folders.publish(finished(folders, T, 0));
        Path killed = folders.create(T.plusSeconds(60));
        Files.createDirectory(killed.resolve(OutputFolder.STAGING_PREFIX + "999999-1"));
        Files.writeString(killed.resolve(OutputFolder.STAGING_PREFIX + "999999-1/records.csv"), "half");

        assertThat(folders.history(true)).extracting(RunFolders.RunInfo::status).containsExactly("ok", "running");
        assertThat(folders.history(false)).extracting(RunFolders.RunInfo::status).containsExactly("ok", "killed");

        assertThat(folders.markKilled()).containsExactly(killed);
        try (var files = Files.list(killed)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly(RunFolders.FAILED);
        }
        List<RunFolders.RunInfo> history = folders.history(true);
        assertThat(history).extracting(RunFolders.RunInfo::status).containsExactly("ok", "killed");
        assertThat(history.get(0).latest()).isTrue();
        assertThat(history.get(0).records()).isEqualTo(8);
        assertThat(history.get(0).durationSeconds()).isEqualTo(5.0);
        assertThat(history.get(1).startedAt()).isEqualTo(T.plusSeconds(60));
    }

    @Test
    void failedRunsAreListedWithTheirExitCodeAndMessage() throws IOException {
        RunFolders folders = RunFolders.of(dir.resolve("out"));
        Path run = folders.create(T);
        folders.markFailed(run, T, T.plusSeconds(2), 1, "failed", "people.csv: line 7: unterminated quote");
        RunFolders.RunInfo info = folders.history(false).get(0);
        assertThat(info.status()).isEqualTo("failed");
        assertThat(info.exitCode()).isEqualTo(1);
        assertThat(info.message()).contains("line 7");
        assertThat(info.latest()).isFalse();
        assertThat(Files.readString(run.resolve(RunFolders.FAILED), StandardCharsets.UTF_8)).contains("\"exit_code\" : 1");
    }

    @Test
    void reportAndDiffMayNameTheJobsOutputFolder() throws IOException {
        RunFolders folders = RunFolders.of(dir.resolve("out"));
        assertThat(RunFolders.finishedRun(folders.dir())).isEqualTo(folders.dir());
        folders.publish(finished(folders, T, 0));
        assertThat(RunFolders.finishedRun(folders.dir())).isEqualTo(folders.dir().resolve("latest"));
    }
}
