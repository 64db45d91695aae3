package io.unireg.cli;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * scripts/cron/: the wrapper run for real (unireg as a child JVM; fake {@code sendmail}, {@code mail}
 * and {@code curl} first on PATH record what they were given), the crontab line's command, and the
 * systemd units through {@code systemd-analyze verify} where it is installed.
 */
class CronScriptsTest {

    private static final Path REPO = Path.of("..").toAbsolutePath().normalize();
    private static final Path WRAPPER = REPO.resolve("scripts/cron/unireg-cron");

    @TempDir
    Path dir;
    Path bin;

    @BeforeEach
    void fakes() throws IOException {
        bin = Files.createDirectories(dir.resolve("bin"));
        // unireg itself, from the test class path (the jar is not built yet in the test phase)
        script("unireg", "exec '" + Path.of(System.getProperty("java.home"), "bin", "java") + "' -cp '"
                + System.getProperty("java.class.path") + "' io.unireg.cli.Main \"$@\"");
        Files.write(dir.resolve("people.csv"), List.of("НОМЕР;ПРІЗВИЩЕ;ІМЯ;СТАТЬ;ДАТА_НАР;ІПН", "1;Коваленко;Олена;ж;02.01.1984;3068208400", "2;Шевченко;Тарас;ч;31.02.1990;3652500001"), java.nio.charset.Charset.forName("windows-1251"));
    }

    private void script(String name, String body) throws IOException {
        Path file = bin.resolve(name);
        Files.writeString(file, "#!/usr/bin/env bash\n" + body + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    /** A job whose quality gate fails (exit 3) unless {@code maxRejects} allows the one bad row. */
    private Path job(String maxRejects) throws IOException {
        return Files.writeString(dir.resolve("job.yaml"), """
                unireg: 1
                job: cron-test
                sources:
                  - {id: people, type: csv, path: people.csv, key: НОМЕР}
                target: {schema: eddr-person}
                fields:
                  surname: {from: ПРІЗВИЩЕ, normalize: [trim, title_case]}
                  given_name: {from: ІМЯ, normalize: [trim, title_case]}
                  sex: {from: СТАТЬ, normalize: [trim, lower, {map: {table: {ч: M, ж: F}, default: reject}}]}
                  birth_date: {from: ДАТА_НАР, normalize: [{date: [dd.MM.yyyy]}]}
                  rnokpp: {from: ІПН, normalize: [digits], on_error: null}
                outputs:
                  - {type: csv}
                quality: {max_reject_rate: %s}
                """.formatted(maxRejects));
    }

    private record Result(int exit, String err) {
    }

    private Result wrapper(Map<String, String> env, String path, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("/bin/bash", WRAPPER.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        pb.environment().put("PATH", path);
        pb.environment().put("UNIREG_BIN", bin.resolve("unireg").toString());
        pb.environment().putAll(env);
        pb.redirectErrorStream(true);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Result(p.exitValue(), out);
    }

    private String[] run(Path job) {
        return new String[]{"run", job.toString(), "--out", dir.resolve("out").toString(), "--state", dir.resolve("state").toString(), "-q"};
    }

    @Test
    void aFailedRunIsMailedWithSendmailAndPostedWithCurlAndKeepsItsExitCode() throws Exception {
        script("sendmail", "echo \"args: $*\" > '" + dir.resolve("sendmail.txt") + "'; cat >> '" + dir.resolve("sendmail.txt") + "'");
        script("curl", "printf 'args: %s\\n' \"$*\" > '" + dir.resolve("curl.txt") + "'");

        Result r = wrapper(Map.of("UNIREG_MAIL_TO", "ops@example.org", "UNIREG_WEBHOOK_URL", "https://hooks.example.org/x"),
                bin + ":/usr/bin:/bin", run(job("0.1")));

        assertThat(r.exit()).as(r.err()).isEqualTo(3);
        assertThat(r.err()).as("stderr passes through").contains("unireg: cron-test: quality-gate-failed — read 2 rows, rejected 1");
        String mail = Files.readString(dir.resolve("sendmail.txt"));
        assertThat(mail).contains("args: -t").contains("To: ops@example.org")
                .containsPattern("Subject: unireg: exit 3 on \\S+: unireg: cron-test: quality-gate-failed — read 2 rows")
                .contains("quality gate max_reject_rate failed");
        String post = Files.readString(dir.resolve("curl.txt"));
        assertThat(post).contains("https://hooks.example.org/x").contains("Content-Type: application/json");
        String json = post.substring(post.indexOf('{'), post.lastIndexOf('}') + 1);
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(json).path("exit_code").asInt()).isEqualTo(3);
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(json).path("summary").asText())
                .startsWith("unireg: cron-test: quality-gate-failed — read 2 rows");
    }

    @Test
    void withoutSendmailItUsesMailAndAJsonLogGivesTheSummaryObject() throws Exception {
        script("mail", "echo \"args: $*\" > '" + dir.resolve("mail.txt") + "'; cat >> '" + dir.resolve("mail.txt") + "'");
        Path noSendmail = Files.createDirectories(dir.resolve("sys"));
        for (String tool : List.of("bash", "env", "grep", "tail", "sed", "awk", "tee", "mktemp", "rm", "hostname", "dirname", "cat")) {
            Path real = Path.of("/usr/bin", tool);
            if (!Files.exists(real)) {
                real = Path.of("/bin", tool);
            }
            if (Files.exists(real)) {
                Path shim = noSendmail.resolve(tool);
                Files.writeString(shim, "#!/bin/bash\nexec " + real + " \"$@\"\n");
                Files.setPosixFilePermissions(shim, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
        }
        String[] args = run(job("0.1"));
        String[] json = java.util.Arrays.copyOf(args, args.length + 2);
        json[args.length] = "--log-format";
        json[args.length + 1] = "json";

        Result r = wrapper(Map.of("UNIREG_MAIL_TO", "ops@example.org"), bin + ":" + noSendmail, json);

        assertThat(r.exit()).as(r.err()).isEqualTo(3);
        String mail = Files.readString(dir.resolve("mail.txt"));
        assertThat(mail).startsWith("args: -s unireg: exit 3 on ").contains("ops@example.org")
                .contains("\"event\":\"summary\"").contains("\"status\":\"quality-gate-failed\"");
    }

    @Test
    void aGoodRunSendsNothing() throws Exception {
        script("sendmail", "touch '" + dir.resolve("sent") + "'");
        script("curl", "touch '" + dir.resolve("sent") + "'");

        Result r = wrapper(Map.of("UNIREG_MAIL_TO", "ops@example.org", "UNIREG_WEBHOOK_URL", "https://hooks.example.org/x"),
                bin + ":/usr/bin:/bin", run(job("0.9")));

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(dir.resolve("sent")).doesNotExist();
        assertThat(dir.resolve("out/latest/records.csv")).exists();
    }

    @Test
    void theCrontabLinesRunTheWrapperWithOptionsUniregAccepts() throws IOException {
        List<String> lines = Files.readAllLines(REPO.resolve("scripts/cron/crontab.example")).stream()
                .filter(l -> !l.startsWith("#") && l.contains("unireg-cron")).toList();
        assertThat(lines).hasSize(2);
        assertThat(lines).as("the weekly full read").anyMatch(l -> l.contains("--full-read"));
        for (String line : lines) {
            assertThat(line.split("\\s+", 6)[0]).matches("\\d+");
            String command = line.split("\\s+", 6)[5];
            assertThat(command).contains("scripts/cron/unireg-cron run mapping-rules/kharkiv-residents.yaml");
            assertThat(REPO.resolve("mapping-rules/kharkiv-residents.yaml")).exists();
            String[] unireg = command.substring(command.indexOf("unireg-cron ") + "unireg-cron ".length()).split("\\s+");
            // every option parses (--help stops before running)
            String[] withHelp = java.util.Arrays.copyOf(unireg, unireg.length + 1);
            withHelp[unireg.length] = "--help";
            CliRunner help = CliRunner.run(withHelp);
            assertThat(help.exitCode()).as(help.err()).isZero();
        }
    }

    @Test
    void theSystemdUnitsVerify() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/systemd-analyze")),
                "systemd-analyze is not installed: docs/scheduling.md has the manual check");
        Path units = Files.createDirectories(dir.resolve("units"));
        for (String unit : List.of("unireg-job@.service", "unireg-job@.timer")) {
            String text = Files.readString(REPO.resolve("scripts/cron").resolve(unit)).replace("/srv/unireg", REPO.toString())
                    .replace("User=unireg", "User=" + System.getProperty("user.name"));
            Files.writeString(units.resolve(unit.replace("@.", "@nightly.")), text);
        }
        Process p = new ProcessBuilder("systemd-analyze", "verify", units.resolve("unireg-job@nightly.service").toString(),
                units.resolve("unireg-job@nightly.timer").toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        // verify only warns about a misspelt key or a missing program: any line it prints is a failure
        assertThat(out.strip()).isEmpty();
    }
}
