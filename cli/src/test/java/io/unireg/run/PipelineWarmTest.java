package io.unireg.run;

import io.unireg.source.SourceOpeners;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The input's SHA-256 for the manifest starts once a source is read or its first rows are through
 * ({@link Pipeline#WARM_ROWS}), whichever comes first: a big input is not hashed only after its last row.
 */
class PipelineWarmTest {

    @TempDir
    Path dir;

    private record Call(String source, Thread thread) {
    }

    private Plan plan(int rows) throws Exception {
        List<String> lines = new ArrayList<>();
        for (int i = 1; i <= rows; i++) {
            lines.add(i + ";Коваленко;Олена;ж;02.01.1984;");
        }
        return PeopleJob.plan(dir, lines, "");
    }

    private List<Call> calls(int rows, long warmRows) throws Exception {
        SourceOpeners openers = SourceOpeners.builtIn();
        List<Call> calls = new CopyOnWriteArrayList<>();
        List<SourceSummary> summaries = new Pipeline(plan(rows), openers, Progress.none(), Long.MAX_VALUE,
                ChangeFeeds.none(openers), warmRows)
                .run(Pipeline.Output.discarding(), id -> calls.add(new Call(id, Thread.currentThread())));
        assertThat(summaries.get(0).rowsRead()).isEqualTo(rows);
        return calls;
    }

    @Test
    void aSourcePastItsWarmRowsIsHandedOnByThePipelineAndAgainWhenRead() throws Exception {
        List<Call> calls = calls(2_000, 1_000);

        assertThat(calls).extracting(Call::source).containsOnly("people");
        // once from this thread, when the rows through passed 1,000; once from the reader at the end
        assertThat(calls).extracting(Call::thread).containsOnlyOnce(Thread.currentThread()).hasSize(2);
    }

    @Test
    void aSourceShorterThanItsWarmRowsIsHandedOnOnceItIsRead() throws Exception {
        List<Call> calls = calls(500, 1_000);

        assertThat(calls).extracting(Call::source).containsExactly("people");
        assertThat(calls).extracting(Call::thread).doesNotContain(Thread.currentThread());
    }
}
