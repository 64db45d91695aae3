package io.unireg.sink;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The warm-up stops once the digest runs compiled; where it never will (no C2, no JIT at all), its caps
 * must still end it soon, or a run would hash beside its rows on a thread of its own.
 */
class DigestWarmUpTest {

    @Test
    void endsWhereTheDigestGetsCompiled() throws Exception {
        Thread thread = new Thread(DigestWarmUp::run);
        thread.start();
        thread.join(TimeUnit.SECONDS.toMillis(60));
        assertThat(thread.isAlive()).as("still hashing after a minute").isFalse();
    }

    /** C1 only, or the interpreter alone: the digest never reaches the SHA instructions, so only the caps end the loop. */
    @ParameterizedTest
    @ValueSource(strings = {"-XX:TieredStopAtLevel=1", "-Xint"})
    void endsWhereItNeverGetsCompiled(String jit) throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                jit, "-cp", System.getProperty("java.class.path"), Ends.class.getName())
                .redirectErrorStream(true).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("still hashing after a minute").isTrue();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(out).startsWith("ended in ");
        assertThat(Long.parseLong(out.substring("ended in ".length()).trim())).as("ms").isLessThan(2_000);
        assertThat(p.exitValue()).isZero();
    }

    /** The warm-up alone, in a JVM of the test's choosing. */
    static final class Ends {
        public static void main(String[] args) {
            long start = System.nanoTime();
            DigestWarmUp.run();
            System.out.print("ended in " + (System.nanoTime() - start) / 1_000_000 + "\n");
        }
    }
}
