package io.unireg.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.unireg.run.ExitCodes;
import io.unireg.run.RunFolders;
import io.unireg.run.RunLock;
import io.unireg.source.ChangeColumns;
import io.unireg.state.RowCache;
import io.unireg.state.StateStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code unireg status JOB}: is a run in progress (and whose), and which run is the last good one. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = {"Say whether a run of the job is in progress (who holds its lock) and which run 'latest' points to.",
                "Exit 0 when no run is in progress, 4 while one is."})
public final class StatusCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    JobFolders folders;

    @Option(names = "--json", description = "One JSON object (stable keys, null when not known).")
    boolean json;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        String name = folders.name(spec.commandLine().getErr(), "status");
        if (name == null) {
            return ExitCodes.USAGE;
        }
        Optional<String> holder = RunLock.holder(folders.state(name).lockFile());
        RunFolders runs = folders.runs(name);
        List<RunFolders.RunInfo> history = runs.history(holder.isPresent());
        RunFolders.RunInfo lastGood = history.stream().filter(RunFolders.RunInfo::latest).findFirst().orElse(null);
        RunFolders.RunInfo last = history.isEmpty() ? null : history.get(history.size() - 1);
        StateStore store = new StateStore(folders.state(name).store());
        Map<String, String> watermarks = store.watermarks();
        Map<String, RowCache.Ref> caches = store.rowCaches();
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("job", name);
            m.put("running", holder.isPresent());
            m.put("lock_holder", holder.orElse(null));
            m.put("last_good_run", lastGood == null ? null : HistoryCommand.toMap(lastGood));
            m.put("last_run", last == null ? null : HistoryCommand.toMap(last));
            List<Map<String, Object>> feeds = new java.util.ArrayList<>();
            watermarks.forEach((source, mark) -> {
                Map<String, Object> f = new LinkedHashMap<>();
                f.put("source", source);
                f.put("watermark", ChangeColumns.value(mark));
                f.put("watermark_type", ChangeColumns.type(mark));
                f.put("rows_cached", caches.containsKey(source) ? caches.get(source).rows() : null);
                feeds.add(f);
            });
            m.put("incremental_sources", feeds);
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(m));
        } else {
            out.println("job " + name + ": " + (holder.isPresent() ? "running (" + holder.get() + ")" : "not running"));
            out.println("last good run: " + (lastGood == null ? "none" : describe(runs, lastGood)));
            if (last != null && last != lastGood) {
                out.println("last run: " + describe(runs, last));
            }
            watermarks.forEach((source, mark) -> out.println("source " + source + ": the next run reads rows changed at or after "
                    + ChangeColumns.value(mark) + (caches.containsKey(source)
                    ? "; " + caches.get(source).rows() + " rows carried in the row cache" : "")));
        }
        out.flush();
        return holder.isPresent() ? ExitCodes.LOCKED : ExitCodes.OK;
    }

    private static String describe(RunFolders runs, RunFolders.RunInfo r) {
        return runs.runs().resolve(r.run()) + " — " + r.status()
                + (r.exitCode() == null ? "" : " (exit " + r.exitCode() + ")")
                + (r.startedAt() == null ? "" : ", started " + r.startedAt())
                + (r.records() == null ? "" : ", " + r.records() + " records")
                + (r.message() == null ? "" : ": " + r.message());
    }
}
