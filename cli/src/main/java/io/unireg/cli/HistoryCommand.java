package io.unireg.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.unireg.run.ExitCodes;
import io.unireg.run.RunFolders;
import io.unireg.run.RunLock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code unireg history JOB}: the job's past runs from their run folders, oldest first. */
@Command(name = "history", mixinStandardHelpOptions = true,
        description = {"List a job's past runs: start, status, exit code, rows read and rejected, records, duration.",
                "Read from the run folders (out/<job>/runs/*/manifest.json or failed.json); '*' marks the one 'latest' points to."})
public final class HistoryCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    JobFolders folders;

    @Option(names = "--json", description = "One JSON object: the job and its runs (stable keys, null when not known).")
    boolean json;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String name = folders.name(err, "history");
        if (name == null) {
            return ExitCodes.USAGE;
        }
        RunFolders runs = folders.runs(name);
        boolean running = RunLock.holder(folders.state(name).lockFile()).isPresent();
        List<RunFolders.RunInfo> history = runs.history(running);
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("job", name);
            m.put("out", runs.dir().toString());
            List<Map<String, Object>> list = new ArrayList<>();
            for (RunFolders.RunInfo r : history) {
                list.add(toMap(r));
            }
            m.put("runs", list);
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(m));
            out.flush();
            return ExitCodes.OK;
        }
        if (history.isEmpty()) {
            out.println("job " + name + ": no runs in " + runs.runs());
            out.flush();
            return ExitCodes.OK;
        }
        out.printf(Locale.ROOT, "job %s: %d run(s) in %s%n", name, history.size(), runs.runs());
        out.printf(Locale.ROOT, "  %-20s %-20s %4s %10s %9s %10s %9s%n", "run", "status", "exit", "read", "rejected", "records", "duration");
        for (RunFolders.RunInfo r : history) {
            out.printf(Locale.ROOT, "%s %-20s %-20s %4s %10s %9s %10s %9s%n", r.latest() ? "*" : " ", r.run(), r.status(),
                    dash(r.exitCode()), dash(r.rowsRead()), dash(r.rowsRejected()), dash(r.records()),
                    r.durationSeconds() == null ? "-" : String.format(Locale.ROOT, "%.1fs", r.durationSeconds()));
        }
        out.flush();
        return ExitCodes.OK;
    }

    static Map<String, Object> toMap(RunFolders.RunInfo r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("run", r.run());
        m.put("status", r.status());
        m.put("exit_code", r.exitCode());
        m.put("started_at", r.startedAt() == null ? null : r.startedAt().toString());
        m.put("finished_at", r.finishedAt() == null ? null : r.finishedAt().toString());
        m.put("duration_seconds", r.durationSeconds());
        m.put("rows_read", r.rowsRead());
        m.put("rows_rejected", r.rowsRejected());
        m.put("records", r.records());
        m.put("latest", r.latest());
        m.put("message", r.message());
        return m;
    }

    private static String dash(Object value) {
        return value == null ? "-" : value.toString();
    }
}
