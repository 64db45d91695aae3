package io.unireg.cli;

import org.junit.jupiter.api.Test;

import java.lang.reflect.Executable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The launcher names methods for the JIT ({@code -XX:CompileCommand=inline,…} and
 * {@code CompileThresholdScaling,…}) after {@code CompileCommand=quiet}, and the JVM says nothing about a
 * pattern that matches no method. A renamed method, or a Commons CSV release that renamed one, would
 * silently undo what each command is there for: every class and method the launcher names must exist.
 */
class LauncherCompileCommandsTest {

    private static final Path LAUNCHER = Path.of("..").toAbsolutePath().normalize().resolve("scripts/unireg");
    private static final Pattern COMMAND = Pattern.compile(
            "-XX:CompileCommand=(inline|CompileThresholdScaling),([\\w.$]+)::([\\w$*<>]+)(\\([^)]*\\)\\S*?)?(?:,[\\d.]+)?['\\s)]");

    @Test
    void everyMethodTheLauncherNamesExists() throws Exception {
        String script = Files.readString(LAUNCHER);
        Matcher m = COMMAND.matcher(script);
        List<String> named = new ArrayList<>();
        while (m.find()) {
            String owner = m.group(2);
            String method = m.group(3);
            named.add(owner + "::" + method);
            Class<?> type = Class.forName(owner, false, getClass().getClassLoader());
            // a trailing * is a prefix, as the JVM reads it
            String prefix = method.endsWith("*") ? method.substring(0, method.length() - 1) : null;
            assertThat(Stream.concat(Arrays.stream(type.getDeclaredMethods()), Arrays.stream(type.getDeclaredConstructors()))
                    .map(Executable::getName))
                    .as("%s in the launcher's %s command", owner + "::" + method, m.group(1))
                    .anyMatch(name -> prefix != null ? name.startsWith(prefix) : name.equals(method));
        }
        assertThat(named).as("the launcher's commands, as this test reads them")
                .contains("io.unireg.source.text.Utf8Reader::decodeBuffered", "io.unireg.source.csv.QuotedCellLimit::*",
                        "io.unireg.run.WriterThread::write*", "java.lang.StringBuilder::append",
                        "org.apache.commons.csv.Lexer::parseSimpleToken")
                .hasSizeGreaterThanOrEqualTo(11);
    }

    /**
     * The class-data archive is mapped with {@code fixed_cds}'s flags. Should the running JVM refuse one
     * (a typo, a JVM that dropped the flag), the launcher's training run fails and every start runs
     * without the archive, ~1 s slower, with nothing said but a line at the first start after a build.
     */
    @Test
    void theJvmTakesTheFlagsTheArchiveIsMappedWith() throws Exception {
        Matcher m = Pattern.compile("(?m)^\\s*fixed_cds=\\(([^)]*)\\)").matcher(Files.readString(LAUNCHER));
        assertThat(m.find()).as("fixed_cds=(…) in the launcher").isTrue();
        List<String> flags = List.of(m.group(1).trim().split("\\s+"));
        assertThat(flags).contains("-XX:ArchiveRelocationMode=0");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(flags);
        command.add("-version");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(output).isZero();
    }
}
