package io.unireg.sink;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The warm-up stops once the digest runs compiled; where it never will (no C2), its cap must still end
 * it, or a run's start would hash forever on a thread of its own.
 */
class DigestWarmUpTest {

    @Test
    void endsWhereTheDigestGetsCompiled() throws Exception {
        Thread thread = new Thread(DigestWarmUp::run);
        thread.start();
        thread.join(TimeUnit.SECONDS.toMillis(60));
        assertThat(thread.isAlive()).as("still hashing after a minute").isFalse();
    }

    @Test
    void endsWhereItNeverGetsCompiled() throws Exception {
        // C1 only: the digest never reaches the SHA instructions, so only the cap ends the loop.
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), Ends.class.getName())
                .redirectErrorStream(true).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("still hashing after a minute").isTrue();
        assertThat(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("ended\n");
        assertThat(p.exitValue()).isZero();
    }

    /** The warm-up alone, in a JVM of the test's choosing. */
    static final class Ends {
        public static void main(String[] args) {
            DigestWarmUp.run();
            System.out.print("ended\n");
        }
    }
}
