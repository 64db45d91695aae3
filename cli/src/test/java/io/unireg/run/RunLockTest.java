package io.unireg.run;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The text a killed run leaves in {@code run.lock}: a dead pid on this host is taken over with a
 * warning; another host's, or a live process that started before the lock, is refused (exit 4).
 * (A lock held by a live process is covered by RunCommandTest and ScheduledRunTest with child JVMs.)
 */
class RunLockTest {

    @TempDir
    Path dir;

    private static long deadPid() throws Exception {
        Process p = new ProcessBuilder("true").start();
        p.waitFor();
        return p.pid();
    }

    @Test
    void aCleanLockFileIsTakenSilentlyAndClearedOnClose() throws Exception {
        Path file = dir.resolve("state/job/run.lock");
        try (RunLock lock = RunLock.acquire(file, "job", Instant.now())) {
            assertThat(lock.warning()).isEmpty();
            assertThat(Files.readString(file)).contains("pid " + ProcessHandle.current().pid());
        }
        assertThat(Files.readString(file)).isEmpty();
        assertThat(RunLock.holder(file)).isEmpty();
        assertThat(RunLock.holder(dir.resolve("nothing/run.lock"))).isEmpty();
    }

    @Test
    void aDeadPidOnThisHostIsAStaleLockTakenOverWithAWarning() throws Exception {
        Path file = dir.resolve("run.lock");
        long dead = deadPid();
        Files.writeString(file, "host " + RunLock.host() + ", pid " + dead + ", started 2026-12-01T02:15:00Z");
        try (RunLock lock = RunLock.acquire(file, "job", Instant.now())) {
            assertThat(lock.warning()).get().asString().contains("took over a stale lock").contains("pid " + dead)
                    .contains("started 2026-12-01T02:15:00Z");
        }
    }

    @Test
    void aPidReusedByANewerProcessIsStaleToo() throws Exception {
        Path file = dir.resolve("run.lock");
        // this very JVM started after 2000: its pid in a lock from 2000 was some other, long gone process
        Files.writeString(file, "host " + RunLock.host() + ", pid " + ProcessHandle.current().pid() + ", started 2000-01-01T00:00:00Z");
        try (RunLock lock = RunLock.acquire(file, "job", Instant.now())) {
            assertThat(lock.warning()).isPresent();
        }
    }

    @Test
    void aLockTextFromAnotherHostOrALiveOlderProcessIsRefused() throws Exception {
        Path file = dir.resolve("run.lock");
        Files.writeString(file, "host elsewhere.example.org, pid 4242, started 2026-12-01T02:15:00Z");
        assertThatThrownBy(() -> RunLock.acquire(file, "job", Instant.now())).isInstanceOf(RunLock.Held.class)
                .hasMessageContaining("host elsewhere.example.org, pid 4242").hasMessageContaining("delete the file");

        Files.writeString(file, "host " + RunLock.host() + ", pid " + ProcessHandle.current().pid() + ", started " + Instant.now().plusSeconds(3600));
        assertThatThrownBy(() -> RunLock.acquire(file, "job", Instant.now())).isInstanceOf(RunLock.Held.class);
        assertThat(Files.readString(file)).as("a refused run leaves the text alone").contains("pid " + ProcessHandle.current().pid());
    }

    @Test
    void stateFolderDefaultsToStateJob() {
        assertThat(StateFolder.of(null, "nightly").lockFile()).isEqualTo(Path.of("state", "nightly", "run.lock"));
        assertThat(StateFolder.of(Path.of("/var/lib/unireg/x"), "nightly").store()).isEqualTo(Path.of("/var/lib/unireg/x/state.sqlite"));
    }
}
