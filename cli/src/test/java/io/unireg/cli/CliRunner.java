package io.unireg.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the CLI in-process and keeps what it printed. */
record CliRunner(int exitCode, String out, String err) {

    /**
     * A {@code run} without {@code --state} gets a fresh state folder of its own: the default
     * ({@code state/<job>} under the working directory) would carry stable ids and the last good run from
     * one test into the next of the same job name, making results depend on test order. Tests about the
     * state pass {@code --state} themselves.
     */
    static CliRunner run(String... args) {
        if (args.length > 0 && args[0].equals("run") && !java.util.Arrays.asList(args).contains("--state")) {
            try {
                String[] withState = java.util.Arrays.copyOf(args, args.length + 2);
                withState[args.length] = "--state";
                withState[args.length + 1] = java.nio.file.Files.createTempDirectory("unireg-test-state").toString();
                args = withState;
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new CliRunner(code, out.toString(), err.toString());
    }
}
