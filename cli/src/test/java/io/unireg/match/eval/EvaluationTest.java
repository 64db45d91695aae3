package io.unireg.match.eval;

import io.unireg.cli.Main;
import io.unireg.match.RecordRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class EvaluationTest {

    static Map<RecordRef, String> map(String... sourceKeyGroup) {
        Map<RecordRef, String> m = new LinkedHashMap<>();
        for (int i = 0; i < sourceKeyGroup.length; i += 2) {
            m.put(RecordRef.parse(sourceKeyGroup[i]), sourceKeyGroup[i + 1]);
        }
        return m;
    }

    @Test
    void countsPairsAndBcubedForAFalseMergeAndAMiss() {
        // truth: {1,2,3} {4,5}; predicted: {1,2} {3,4,5}
        Map<RecordRef, String> truth = map("r:1", "A", "r:2", "A", "r:3", "A", "r:4", "B", "r:5", "B");
        Map<RecordRef, String> links = map("r:1", "c1", "r:2", "c1", "r:3", "c2", "r:4", "c2", "r:5", "c2");
        Evaluation e = Evaluation.of(truth, links, 5);
        assertThat(e.truePairs()).isEqualTo(4);
        assertThat(e.predictedPairs()).isEqualTo(4);
        assertThat(e.correctPairs()).isEqualTo(2);
        assertThat(e.precision()).isEqualTo(0.5);
        assertThat(e.recall()).isEqualTo(0.5);
        // B-cubed precision: (1+1+1/3+2/3+2/3)/5
        assertThat(e.bcubedPrecision()).isCloseTo((2 + 1.0 / 3 + 4.0 / 3) / 5, within(1e-12));
        assertThat(e.falseMerges()).singleElement().satisfies(p -> {
            assertThat(p.id()).isEqualTo("c2");
            assertThat(p.wrongPairs()).isEqualTo(2);
        });
        assertThat(e.misses()).singleElement().satisfies(p -> assertThat(p.id()).isEqualTo("A"));
    }

    @Test
    void perfectClusteringScoresOneAndMissingLinksCountAsSingletons() {
        Map<RecordRef, String> truth = map("a:1", "X", "a:2", "X", "b:1", "Y");
        Evaluation e = Evaluation.of(truth, map("a:1", "7", "a:2", "7", "b:1", "8"), 5);
        assertThat(e.f1()).isEqualTo(1.0);
        Evaluation missing = Evaluation.of(truth, map("a:1", "7"), 5);
        assertThat(missing.missingFromLinks()).isEqualTo(2);
        assertThat(missing.recall()).isZero();
    }

    @Test
    void evaluateCommandPrintsFiguresAndRejectsAWrongFile(@TempDir Path dir) throws Exception {
        Path truth = dir.resolve("truth.csv");
        Path links = dir.resolve("links.csv");
        Files.writeString(truth, "source,key,entity\nr,1,A\nr,2,A\nr,3,B\n");
        Files.writeString(links, "source,key,cluster_id,match_probability\nr,1,u1,0.99\nr,2,u1,0.99\nr,3,u1,0.95\n");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(new String[]{"evaluate", "--truth", truth.toString(), "--links", links.toString()},
                new PrintWriter(out), new PrintWriter(err));
        assertThat(code).isZero();
        assertThat(out.toString()).contains("pairwise  precision 0.3333  recall 1.0000").contains("worst false merges").contains("u1");
        Files.writeString(links, "source,key\nr,1\n");
        err = new StringWriter();
        code = Main.execute(new String[]{"evaluate", "--truth", truth.toString(), "--links", links.toString()},
                new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("links.csv:1: needs columns source, key and one of cluster_id");
    }
}
