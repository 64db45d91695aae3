package io.unireg.reconcile;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The classification rules on records built in memory (the end-to-end test runs them from files). */
class ReconcilerTest {

    static final List<String> FIELDS = List.of("surname", "given_name", "birth_date", "rnokpp", "registration_street");
    static final ReconcilePlan PLAN = new ReconcilePlan("eddr", FIELDS, new int[]{3}, new int[]{0, 1, 2, 4},
            Set.of(0, 1, 2), Set.of(4), null, new ReconcilePlan.Identity(0, 1, 2));

    static LocalRecord local(String id, String... values) {
        return new LocalRecord(id, id, "people:" + id, values, List.of());
    }

    static Reconciler.Outcome run(List<LocalRecord> locals, String[]... state) throws Exception {
        StateTable table = new StateTable(FIELDS.size());
        for (int i = 0; i < state.length; i++) {
            table.add("S" + (i + 1), state[i]);
        }
        return new Reconciler(PLAN).run(locals, table.seal());
    }

    @Test
    void anotherBirthDateAndAnotherNameBehindOneIdentifierIsAConflict() throws Exception {
        Reconciler.Outcome o = run(List.of(local("a", "Мельник", "Петро", "1970-01-01", "3068208400", null)),
                new String[]{"Сидоренко", "Ганна", "1955-12-12", "3068208400", null});

        Classification c = o.locals().get(0);
        assertThat(c.status()).isEqualTo(ReconciliationStatus.CONFLICT);
        assertThat(c.differences()).extracting(FieldDifference::field).containsExactly(0, 1, 2);
        assertThat(o.stateOnly()).isEmpty();
    }

    @Test
    void aRussianFormOfTheNameIsTheSamePersonSoOnlyADifference() throws Exception {
        // another birth date, but Николай is Микола: a typo in a date, not another person
        Reconciler.Outcome o = run(List.of(local("a", "Мельник", "Микола", "1970-01-01", "3068208400", null)),
                new String[]{"Мельник", "Николай", "1970-01-10", "3068208400", null});

        assertThat(o.locals().get(0).status()).isEqualTo(ReconciliationStatus.MATCHED_WITH_DIFFERENCES);
    }

    @Test
    void anotherNameWithTheSameBirthDateIsADifferenceNotAConflict() throws Exception {
        // a married name: same person
        Reconciler.Outcome o = run(List.of(local("a", "Бондар", "Олена", "1984-01-02", "3068208400", null)),
                new String[]{"Коваленко", "Олена", "1984-01-02", "3068208400", null});

        Classification c = o.locals().get(0);
        assertThat(c.status()).isEqualTo(ReconciliationStatus.MATCHED_WITH_DIFFERENCES);
        assertThat(c.differences()).singleElement().satisfies(d -> {
            assertThat(d.local()).isEqualTo("Бондар");
            assertThat(d.state()).isEqualTo("Коваленко");
            assertThat(d.kind()).isEqualTo("value");
        });
    }

    @Test
    void aValueOneSideLacksIsNoDifference() throws Exception {
        Reconciler.Outcome o = run(List.of(local("a", "Бондар", "Олена", "1984-01-02", "3068208400", null)),
                new String[]{"Бондар", "Олена", "1984-01-02", "3068208400", "вул. Сумська"});

        assertThat(o.locals().get(0).status()).isEqualTo(ReconciliationStatus.MATCHED);
    }

    @Test
    void withoutAKeyOrLinkModeARecordIsLocalOnlyAndUnreachedStateRecordsStateOnly() throws Exception {
        Reconciler.Outcome o = run(List.of(local("a", "Бондар", "Олена", "1984-01-02", null, null),
                        local("b", "Бондар", "Іван", "1990-01-02", "2530414071", null)),
                new String[]{"Бондар", "Олена", "1984-01-02", "3068208400", null},
                new String[]{"Бондар", "Іван", "1990-01-02", "2530414071", null},
                new String[]{"Шевченко", "Тарас", "1948-03-09", "1759013777", null});

        assertThat(o.locals()).extracting(Classification::status)
                .containsExactly(ReconciliationStatus.LOCAL_ONLY, ReconciliationStatus.MATCHED);
        assertThat(o.stateOnly()).containsExactly(0, 2);
    }

    @Test
    void oneIdentifierOnTwoStateRecordsIsAmbiguousAndReachesBoth() throws Exception {
        Reconciler.Outcome o = run(List.of(local("a", "Бондар", "Олена", "1984-01-02", "3068208400", null)),
                new String[]{"Бондар", "Олена", "1984-01-02", "3068208400", null},
                new String[]{"Бондар", "Олена", "1984-01-02", "3068208400", null});

        assertThat(o.locals().get(0).status()).isEqualTo(ReconciliationStatus.AMBIGUOUS);
        assertThat(o.locals().get(0).stateRecords()).containsExactly(0, 1);
        assertThat(o.stateOnly()).isEmpty();
    }
}
