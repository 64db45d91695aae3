package io.unireg.dedupe;

import io.unireg.match.MatchConstraints;
import io.unireg.match.RecordRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ReviewDecisionsTest {

    @TempDir
    Path dir;

    @Test
    void readsAPlainDecisionsCsvWithoutHeader() throws IOException {
        Path f = dir.resolve("decisions.csv");
        Files.writeString(f, "residents:12,benefits:77,match\nresidents:13,residents:14,NO_MATCH\nresidents:15,benefits:1,\n");
        ReviewDecisions.Read read = ReviewDecisions.read(f);
        assertThat(read.constraints().mustLink()).containsExactly(
                new MatchConstraints.Link(new RecordRef("residents", "12"), new RecordRef("benefits", "77"), "decisions.csv:1"));
        assertThat(read.constraints().cannotLink()).extracting(MatchConstraints.Link::origin).containsExactly("decisions.csv:2");
        assertThat(read.count()).isEqualTo(2);
        assertThat(read.problems()).isEmpty();
    }

    @Test
    void readsAFilledInReviewCsvByItsHeaderAndReportsUnreadableRows() throws IOException {
        Path f = dir.resolve("review.csv");
        Files.writeString(f, "left,right,probability,decision\n"
                + "residents:1,benefits:2,0.7,no match\n"
                + "residents:3,benefits:4,0.6,maybe\n"
                + "residents 5,benefits:6,0.6,match\n");
        ReviewDecisions.Read read = ReviewDecisions.read(f);
        assertThat(read.constraints().cannotLink()).hasSize(1);
        assertThat(read.constraints().mustLink()).isEmpty();
        assertThat(read.problems()).satisfiesExactly(
                p -> assertThat(p).startsWith("review.csv:3:").contains("'maybe'"),
                p -> assertThat(p).startsWith("review.csv:4:").contains("source:key"));
    }

    @Test
    void aMissingFileMeansNoDecisionsYet() throws IOException {
        ReviewDecisions.Read read = ReviewDecisions.read(dir.resolve("not-yet.xlsx"));
        assertThat(read.count()).isZero();
        assertThat(read.problems()).singleElement().asString().contains("no such file yet");
    }
}
