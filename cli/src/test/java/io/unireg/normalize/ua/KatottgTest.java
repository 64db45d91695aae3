package io.unireg.normalize.ua;

import io.unireg.normalize.Outcome;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KatottgTest {

    private final KatottgCodifier codifier = KatottgCodifier.get();

    @Test
    void loadsEveryRowOfTheShippedEdition() {
        assertThat(codifier.size()).isEqualTo(31_748);
        assertThat(codifier.regionCodes()).hasSize(27).contains("01", "63", "80", "85");
    }

    @Test
    void findsKharkivWithItsParentsAndTrimmedNames() {
        KatottgCodifier.Unit kharkiv = codifier.find("UA63120270010096107").orElseThrow();
        assertThat(kharkiv.name()).isEqualTo("Харків");
        assertThat(kharkiv.category()).isEqualTo('M');
        KatottgCodifier.Unit hromada = codifier.parent(kharkiv).orElseThrow();
        assertThat(hromada.code()).isEqualTo("UA63120270000028556");
        assertThat(hromada.category()).isEqualTo('H');
        KatottgCodifier.Unit raion = codifier.parent(hromada).orElseThrow();
        KatottgCodifier.Unit oblast = codifier.parent(raion).orElseThrow();
        assertThat(oblast.code()).isEqualTo("UA63000000000041885");
        assertThat(codifier.parent(oblast)).isEmpty();
        assertThat(codifier.find("UA01020010000048857").orElseThrow().name()).isEqualTo("Андріївська");
    }

    @Test
    void normalisesTheCodeAndChecksItExists() {
        assertThat(UaSteps.value("katottg", "ua 63 12 027 001 00 96107")).isEqualTo("UA63120270010096107");
        assertThat(UaSteps.value("katottg", "63120270010096107")).isEqualTo("UA63120270010096107");
        Outcome unknown = UaSteps.apply("katottg", "UA63120270010096108");
        assertThat(unknown.rule()).isEqualTo("katottg");
        assertThat(unknown.message()).isEqualTo("КАТОТТГ UA***96108 is not in the codifier (edition 16.05.2025)");
        assertThat(UaSteps.apply("katottg", "UA6312027001").message()).contains("must be UA and 17 digits");
    }

    @Test
    void nameOptionOutputsTheUnitName() {
        assertThat(UaSteps.value("{katottg: name}", "UA63120270010096107")).isEqualTo("Харків");
        assertThat(UaSteps.value("{katottg: name}", "UA80000000000093317")).isEqualTo("Київ");
    }

    @Test
    void koatuuNeedsTenDigitsAndARegionCode() {
        assertThat(UaSteps.value("koatuu", "6310100000")).isEqualTo("6310100000");
        assertThat(UaSteps.value("koatuu", "8000000000")).isEqualTo("8000000000");
        assertThat(UaSteps.value("koatuu", "110100000")).isEqualTo("0110100000");
        assertThat(UaSteps.apply("koatuu", "9910100000").message()).contains("region code");
        assertThat(UaSteps.apply("koatuu", "63101").message()).contains("must be 10 digits");
    }
}
