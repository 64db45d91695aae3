package io.unireg.state;

import io.unireg.dedupe.StableId;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The id rule of docs/incremental.md, case by case, including its tie-breaks. */
class IdAssignerTest {

    private static IdAssigner.Cluster cluster(String anchorId, String... refs) {
        return new IdAssigner.Cluster(refs, anchorId);
    }

    private static Map<String, String> previous(Object... refIdPairs) {
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i < refIdPairs.length; i += 2) {
            m.put((String) refIdPairs[i], (String) refIdPairs[i + 1]);
        }
        return m;
    }

    private static IdAssigner.Assignment assign(Map<String, String> previous, IdAssigner.Cluster... clusters) {
        return IdAssigner.assign(List.of(clusters), previous, new HashSet<>(previous.values())::contains);
    }

    @Test
    void unchangedClustersKeepTheirIdsAndNewPeopleGetTheirAnchors() {
        IdAssigner.Assignment a = assign(previous("s:1", "uP", "s:2", "uP", "s:3", "uQ"),
                cluster("u1", "s:1", "s:2"), cluster("u3", "s:3"), cluster("u4", "s:4"));
        assertThat(a.ids()).containsExactly("uP", "uQ", "u4");
        assertThat(a.fresh()).containsExactly(false, false, true);
        assertThat(a.merges()).isEmpty();
        assertThat(a.splits()).isEmpty();
    }

    @Test
    void aMergeKeepsTheIdWithMostMembersThenTheSmallest() {
        IdAssigner.Assignment byCount = assign(previous("s:1", "uA", "s:2", "uB", "s:3", "uB"),
                cluster("u1", "s:1", "s:2", "s:3"));
        assertThat(byCount.ids()).containsExactly("uB");
        assertThat(byCount.merges()).containsEntry("uB", List.of("uA"));

        IdAssigner.Assignment byId = assign(previous("s:1", "uB", "s:2", "uA", "s:3", "uC"),
                cluster("u1", "s:1", "s:2", "s:3"));
        assertThat(byId.ids()).containsExactly("uA");
        assertThat(byId.merges()).containsEntry("uA", List.of("uB", "uC"));
    }

    @Test
    void aSplitLeavesTheIdWithMostMembersThenTheSmallestAnchor() {
        IdAssigner.Assignment byCount = assign(previous("s:1", "uP", "s:2", "uP", "s:3", "uP"),
                cluster("u1", "s:1"), cluster("u2", "s:2", "s:3"));
        assertThat(byCount.ids()).containsExactly("u1", "uP");
        assertThat(byCount.kept()).containsExactly(false, true);
        assertThat(byCount.fresh()).containsExactly(false, false);
        assertThat(byCount.splits()).containsEntry("uP", List.of("u1"));

        IdAssigner.Assignment byAnchor = assign(previous("s:1", "uP", "s:2", "uP"),
                cluster("u9", "s:1"), cluster("u2", "s:2"));
        assertThat(byAnchor.ids()).containsExactly("u9", "uP");
        assertThat(byAnchor.splits()).containsEntry("uP", List.of("u9"));
    }

    @Test
    void aNewIdIsNeverOneTheLastRunHad() {
        // The anchor row s:1 named the old cluster; it leaves, the rest keep the id.
        String old = StableId.of("s", "1");
        IdAssigner.Assignment a = assign(previous("s:1", old, "s:2", old, "s:3", old),
                cluster(old, "s:1"), cluster(StableId.of("s", "2"), "s:2", "s:3"));
        assertThat(a.ids()).containsExactly(StableId.of(old, "#1"), old);
        assertThat(a.splits()).containsEntry(old, List.of(StableId.of(old, "#1")));
    }

    @Test
    void anAbsorbedIdThatAlsoSplitIsASplitOfItsSuccessor() {
        IdAssigner.Assignment a = assign(previous("s:a", "uP", "s:b", "uP", "s:c", "uQ", "s:d", "uQ", "s:e", "uQ"),
                cluster("u1", "s:a", "s:c", "s:d", "s:e"), cluster("u2", "s:b"));
        assertThat(a.ids()).containsExactly("uQ", "u2");
        assertThat(a.merges()).containsEntry("uQ", List.of("uP"));
        assertThat(a.splits()).containsEntry("uQ", List.of("u2"));
    }

    @Test
    void theResultDoesNotDependOnClusterOrder() {
        Map<String, String> prev = previous("s:1", "uP", "s:2", "uP", "s:3", "uQ");
        IdAssigner.Assignment one = assign(prev, cluster("u1", "s:1"), cluster("u2", "s:2", "s:3"));
        IdAssigner.Assignment two = assign(prev, cluster("u2", "s:3", "s:2"), cluster("u1", "s:1"));
        assertThat(one.ids()).containsExactly(two.ids()[1], two.ids()[0]);
        assertThat(one.merges()).isEqualTo(two.merges());
        assertThat(one.splits()).isEqualTo(two.splits());
    }
}
