package io.unireg.run;

import io.unireg.job.JobLoader;
import io.unireg.normalize.FunctionRegistry;
import io.unireg.normalize.FunctionSpec;
import io.unireg.normalize.Outcome;
import io.unireg.sink.SinkFactories;
import io.unireg.source.SourceOpeners;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A field chain's outcome looked up by value must be exactly what running the chain gives — values,
 * rejections and which rows they land on — and only chains that read nothing but their input qualify.
 */
class ChainMemoTest {

    @TempDir
    Path dir;

    /** Counts how often the chain ran: the memo must save work, not just agree. */
    private final AtomicInteger calls = new AtomicInteger();

    private Plan plan(int rows) throws Exception {
        String[] surnames = {"  коваленко ", "ШЕВЧЕНКО", "Бондар", "Мельник"};
        String[] sexes = {"ж", "ч", "Ч ", "x"}; // "x" is refused every time it comes
        List<String> lines = new ArrayList<>(List.of("N;ПРІЗВИЩЕ;ІМЯ;СТАТЬ;ДОК;СЕРІЯ;НАР"));
        for (int i = 1; i <= rows; i++) {
            lines.add(i + ";" + surnames[i % surnames.length] + ";Олена;" + sexes[i % sexes.length]
                    + ";" + (100000 + i % 7) + ";МК;0" + (1 + i % 9) + ".03.1985");
        }
        Files.write(dir.resolve("people.csv"), lines, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("job.yaml"), """
                unireg: 1
                job: people
                sources:
                  - {id: people, type: csv, path: people.csv, key: N}
                target: {schema: eddr-person}
                fields:
                  surname: {from: ПРІЗВИЩЕ, normalize: [counted, trim, title_case]}
                  given_name: {from: ІМЯ, normalize: [trim]}
                  birth_date: {from: НАР, normalize: [{date: [dd.MM.yyyy]}]}
                  sex: {from: СТАТЬ, normalize: [trim, lower, {map: {table: {ч: M, ж: F}, default: reject}}]}
                  document_number: {from: ДОК, normalize: [{concat: {of: [СЕРІЯ, $value], sep: ''}}]}
                outputs:
                  - {type: csv}
                """, StandardCharsets.UTF_8);
        FunctionRegistry functions = FunctionRegistry.builder()
                .addAll(FunctionRegistry.builtIn())
                .add(new FunctionSpec("counted", "counts its calls", "counted", "a → a", args -> (value, row) -> {
                    calls.incrementAndGet();
                    return Outcome.ok(value);
                }))
                .build();
        return new PlanCompiler(functions, SourceOpeners.builtIn(), SinkFactories.builtIn())
                .compile(new JobLoader(Map.of()).load(dir.resolve("job.yaml")));
    }

    @Test
    void onlyChainsOfTheirInputAloneAreLookedUp() throws Exception {
        Plan plan = plan(4);
        SourcePlan source = plan.sources().get(0);
        boolean[] memoable = RowMapper.memoable(plan.fields(), source.fieldColumn(),
                ChainSharing.of(plan.fields(), source.fieldColumn()));
        assertThat(memoable[plan.schema().indexOf("surname")]).isTrue();
        assertThat(memoable[plan.schema().indexOf("sex")]).isTrue();
        assertThat(memoable[plan.schema().indexOf("document_number")]).as("concat reads another column").isFalse();
        assertThat(memoable[plan.schema().indexOf("birth_place")]).as("not mapped").isFalse();
    }

    @Test
    void lookedUpOutcomesEqualComputedOnesRowByRow() throws Exception {
        List<Reject> rejects = TracingComparison.mapsLikeTracing(plan(2_000));
        long refused = rejects.stream().filter(r -> r.field().equals("sex")).count();
        assertThat(refused).isEqualTo(500); // every fourth row's "x", each reported on its own row
        // 2,000 rows through the tracing mapper, 4 distinct surnames through the memoising one.
        assertThat(calls.get()).isEqualTo(2_000 + 4);
    }

    @Test
    void standsAsideAfterAWindowThatMostlyMissedThenTriesAgain() {
        ChainMemo memo = new ChainMemo();
        Outcome ok = Outcome.ok("v");
        for (int i = 0; i < ChainMemo.WINDOW - 1; i++) {
            String value = "distinct-" + i;
            assertThat(memo.find(value)).isNull();
            memo.keep(value, ok);
        }
        assertThat(memo.resting()).isFalse();
        memo.find("distinct-last"); // the window closes with almost no hits
        assertThat(memo.resting()).isTrue();
        memo.keep("kept-while-resting", ok);
        for (int i = 0; i < ChainMemo.REST - 1; i++) {
            assertThat(memo.find("kept-while-resting")).isNull();
        }
        assertThat(memo.find("kept-while-resting")).isNull(); // the last resting lookup
        assertThat(memo.resting()).isFalse();
        assertThat(memo.find("kept-while-resting")).as("nothing was kept while resting").isNull();
        memo.keep("again", ok);
        assertThat(memo.find("again")).isSameAs(ok);
    }

    @Test
    void aValueRemembersItsRejectionAndACollisionForgetsTheOlderValue() {
        ChainMemo memo = new ChainMemo();
        Outcome refused = Outcome.reject("map", "'x' is not in the table");
        memo.keep("x", refused);
        assertThat(memo.find("x")).isSameAs(refused);
        // "Aa" and "BB" share a hash code, so they share a slot: the later one wins, the earlier is recomputed.
        memo.keep("Aa", Outcome.ok("a"));
        memo.keep("BB", Outcome.ok("b"));
        assertThat(memo.find("BB").value()).isEqualTo("b");
        assertThat(memo.find("Aa")).isNull();
    }
}
