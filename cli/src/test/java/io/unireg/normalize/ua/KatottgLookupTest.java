package io.unireg.normalize.ua;

import io.unireg.normalize.Outcome;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.unireg.normalize.ua.AddressSteps.apply;
import static io.unireg.normalize.ua.AddressSteps.value;
import static org.assertj.core.api.Assertions.assertThat;

class KatottgLookupTest {

    @Test
    void findsCitiesFromTheDomainVectors() {
        assertThat(value("katottg_lookup", "м. Харків")).isEqualTo("UA63120270010096107");
        assertThat(value("katottg_lookup", "м. Київ")).isEqualTo("UA80000000000093317");
        assertThat(apply("katottg_lookup", "Київ").message()).as("a village in Mykolaiv oblast is called Київ too")
                .startsWith("Київ: 2 settlements — give oblast/raion");
    }

    @Test
    void indexesEverySettlementOfTheCodifier() {
        KatottgNames names = KatottgNames.shipped();
        assertThat(names.named("Калинове")).hasSize(13);
        assertThat(names.named("Білокам'яне")).extracting(KatottgNames.Settlement::name).allMatch(n -> n.equals("Білокам’яне"));
        assertThat(names.named("Харків")).singleElement()
                .isEqualTo(new KatottgNames.Settlement("UA63120270010096107", "M", "Харків", "Харківська", "Харківський"));
    }

    @Test
    void reportsAnAmbiguousNameWithHowManyShareIt() {
        Outcome outcome = apply("katottg_lookup", "Калинове");
        assertThat(outcome.rule()).isEqualTo("katottg_lookup");
        assertThat(outcome.message()).startsWith("Калинове: 13 settlements — give oblast/raion (Дніпропетровська/Дніпровський UA12020330060074176; ");
        assertThat(apply("{katottg_lookup: {oblast: Харківська}}", "Калинове").message())
                .startsWith("Калинове: 3 settlements in Харківська — give oblast/raion");
    }

    @Test
    void hintsFromTheValueOptionsOrColumnsNarrowTheName() {
        assertThat(value("katottg_lookup", "сел. Калинове, Богодухівський р-н, Харківська обл.")).isEqualTo("UA63020050650091738");
        assertThat(value("katottg_lookup", "Харківська обл., Богодухівський р-н, сел. Калинове")).isEqualTo("UA63020050650091738");
        assertThat(value("{katottg_lookup: {oblast: Харківська область, raion: Богодухівський район}}", "Калинове"))
                .isEqualTo("UA63020050650091738");
        var step = AddressSteps.step("{katottg_lookup: {oblast: Харківська, raion_column: РАЙОН}}");
        assertThat(step.columns()).containsExactly("РАЙОН");
        assertThat(step.apply("Калинове", AddressSteps.row(Map.of("РАЙОН", "Ізюмський р-н"))).value()).isEqualTo("UA63040050170071779");
    }

    @Test
    void theSettlementTypeNarrowsTooUnlessItRulesOutEveryOne() {
        // Donetsk oblast, Donetsk raion has a village and a selyshche Калинове in one hromada.
        String both = "{katottg_lookup: {oblast: Донецька, raion: Донецький}}";
        assertThat(apply(both, "Калинове").rejected()).isTrue();
        assertThat(value(both, "с. Калинове")).isEqualTo("UA14080010130087123");
        assertThat(value(both, "сел. Калинове")).isEqualTo("UA14080010390078224");
        assertThat(value("katottg_lookup", "с. Харків")).as("reclassified or mistyped: the name still decides").isEqualTo("UA63120270010096107");
    }

    @Test
    void rejectsNamesTheCodifierDoesNotHold() {
        assertThat(apply("katottg_lookup", "г. Харьков").message()).isEqualTo("no settlement 'Харьков' in the KATOTTG codifier of 16.05.2025");
        assertThat(apply("{katottg_lookup: {oblast: Львівська}}", "Харків").message())
                .isEqualTo("no settlement 'Харків' in Львівська in the KATOTTG codifier of 16.05.2025");
        assertThat(apply("katottg_lookup", "вул. Сумська, 5").message()).isEqualTo("no settlement in 'вул. Сумська, 5'");
    }
}
