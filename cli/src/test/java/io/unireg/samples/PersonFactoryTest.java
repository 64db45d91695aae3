package io.unireg.samples;

import static org.assertj.core.api.Assertions.assertThat;

import io.unireg.normalize.ua.Rnokpp;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PersonFactoryTest {

    /**
     * 200,000 people: with the 1,000 serials a (birth date, sex) used to have, dozens of them shared a
     * valid RNOKPP (and then the matcher's `same: [rnokpp, birth_date]` rightly merged different people).
     */
    @Test
    void differentPeopleNeverShareAnRnokpp() {
        PersonFactory factory = new PersonFactory(ReferenceData.load());
        SplittableRandom rnd = new SplittableRandom(7);
        Set<String> seen = new HashSet<>();
        for (int i = 1; i <= 200_000; i++) {
            Person p = factory.next(rnd, i);
            assertThat(Rnokpp.isValid(p.rnokpp())).as(p.rnokpp()).isTrue();
            assertThat(Rnokpp.sex(p.rnokpp())).isEqualTo(p.male() ? "M" : "F");
            assertThat(seen.add(p.rnokpp())).as("%s given twice (person %d)", p.rnokpp(), i).isTrue();
        }
    }

    @Test
    void aDaysFiveThousandNumbersPerSexAreAllDistinctAndTheFirstThousandAreTheOldOnes() {
        LocalDate day = LocalDate.of(1984, 1, 2);
        Set<String> numbers = new HashSet<>();
        for (int serial = 0; serial < 1000; serial++) {
            for (int sexIndex = 0; sexIndex < 5; sexIndex++) {
                String n = Rnokpp.make(day, serial, sexIndex, false);
                assertThat(Rnokpp.isValid(n)).isTrue();
                numbers.add(n);
            }
            assertThat(Rnokpp.make(day, serial, serial % 5, true)).isEqualTo(Rnokpp.make(day, serial, true));
        }
        assertThat(numbers).hasSize(5000);
    }
}
