package io.unireg.run;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class ProgressTest {

    @Test
    void logsPlainLinesWhenNotOnATerminal() throws InterruptedException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Progress progress = Progress.to(new PrintStream(bytes, true, StandardCharsets.UTF_8), false, 1);
        Thread.sleep(5);
        progress.update("residents", 1000);
        Thread.sleep(5);
        progress.update("residents", 2000);
        progress.finish();
        String text = bytes.toString(StandardCharsets.UTF_8);
        assertThat(text.lines()).hasSize(2).allMatch(l -> l.startsWith("unireg: progress residents: "));
        assertThat(text).contains("2,000 rows").doesNotContain("\r").doesNotContain("\u001b");
    }

    @Test
    void goesToARunLogAsProgressLines() throws InterruptedException {
        java.util.List<String> lines = new java.util.ArrayList<>();
        Progress progress = Progress.toLog(lines::add, 1);
        Thread.sleep(5);
        progress.update("residents", 1000);
        progress.finish();
        assertThat(lines).singleElement().asString().startsWith("progress residents: 1,000 rows");
    }

    @Test
    void redrawsOneLineOnATerminalAndClearsItAtTheEnd() throws InterruptedException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Progress progress = Progress.to(new PrintStream(bytes, true, StandardCharsets.UTF_8), true, 1);
        Thread.sleep(5);
        progress.update("residents", 1000);
        Thread.sleep(5);
        progress.update("residents", 2000);
        progress.finish();
        String text = bytes.toString(StandardCharsets.UTF_8);
        assertThat(text).doesNotContain("\n").startsWith("\rresidents: 1,000 rows").endsWith("\r\u001b[K");
    }

    @Test
    void saysNothingBeforeTheIntervalIsDue() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Progress progress = Progress.to(new PrintStream(bytes, true, StandardCharsets.UTF_8), false, 60_000);
        progress.update("residents", 1000);
        assertThat(bytes.size()).isZero();
    }
}
