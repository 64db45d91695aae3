package io.unireg.normalize.ua;

import io.unireg.normalize.Outcome;
import org.junit.jupiter.api.Test;

import static io.unireg.normalize.ua.AddressSteps.apply;
import static io.unireg.normalize.ua.AddressSteps.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AddressFunctionTest {

    private static AddressParts parts(String address) {
        AddressParser.Result result = AddressParser.parse(address);
        assertThat(result).as(address).isInstanceOf(AddressParser.Parsed.class);
        return ((AddressParser.Parsed) result).parts();
    }

    @Test
    void readsTheGeneratorsCompactSpelling() {
        assertThat(parts("м.Харків, пл.Свободи, 43, кв.60"))
                .isEqualTo(new AddressParts(null, null, "м.", "Харків", "пл.", "Свободи", "43", null, "60"));
    }

    @Test
    void canonicalisesRussianTypesAndKeepsRussianNames() {
        assertThat(parts("г.Харьков, ул.Рымарская, 41"))
                .isEqualTo(new AddressParts(null, null, "м.", "Харьков", "вул.", "Рымарская", "41", null, null));
        assertThat(value("address", "г. Харьков, ул. Сумская, д. 5")).isEqualTo("м. Харьков, вул. Сумская, буд. 5");
        assertThat(value("address", "пгт Пісочин, пер. Садовый, дом 7")).isEqualTo("смт Пісочин, пров. Садовый, буд. 7");
    }

    @Test
    void readsLineBreaksAndSemicolonsAsSeparators() {
        assertThat(value("address", "м. Харків,\nвул. Сумська, буд. 12")).isEqualTo("м. Харків, вул. Сумська, буд. 12");
        assertThat(value("address", "м. Харків; вул. Сумська; буд. 12; кв. 5")).isEqualTo("м. Харків, вул. Сумська, буд. 12, кв. 5");
        assertThat(value("address", "м. Харків;\r\nвул. Сумська;\nбуд. 12")).isEqualTo("м. Харків, вул. Сумська, буд. 12");
    }

    @Test
    void writesHouseNumbersOneWay() {
        assertThat(value("{address: house}", "вул. Сумська, 12-А")).isEqualTo("12А");
        assertThat(value("{address: house}", "вул. Сумська, 12а")).isEqualTo("12А");
        assertThat(value("{address: house}", "вул. Сумська, буд. 12 а")).isEqualTo("12А");
        assertThat(value("{address: house}", "вул. Сумська, 12a")).as("Latin a").isEqualTo("12А");
        assertThat(value("{address: house}", "вул. Сумська, 12/1")).isEqualTo("12/1");
        assertThat(value("{address: house}", "вул. Сумська, буд. 12-Б/2")).isEqualTo("12Б/2");
        assertThat(value("{address: house}", "вул. Сумська, № 7")).isEqualTo("7");
    }

    @Test
    void readsBuildingsAndApartmentsInTheirOwnPartOrAfterTheHouse() {
        assertThat(parts("вул. Сумська, буд. 12, корп. 2, кв. 5"))
                .extracting(AddressParts::house, AddressParts::building, AddressParts::apartment).containsExactly("12", "2", "5");
        assertThat(parts("вул. Сумська, 12 корп. 2 кв. 5"))
                .extracting(AddressParts::house, AddressParts::building, AddressParts::apartment).containsExactly("12", "2", "5");
        assertThat(parts("ул. Сумская 12 кв 5"))
                .extracting(AddressParts::street, AddressParts::house, AddressParts::apartment).containsExactly("Сумская", "12", "5");
        assertThat(parts("вул. 23 Серпня 5"))
                .extracting(AddressParts::street, AddressParts::house).containsExactly("23 Серпня", "5");
        assertThat(parts("просп. 50-річчя ВЛКСМ, 3"))
                .extracting(AddressParts::street, AddressParts::house).containsExactly("50-річчя ВЛКСМ", "3");
    }

    @Test
    void readsRegionDistrictAndSettlementTypes() {
        AddressParts p = parts("61000, Україна, Харківська обл., Богодухівський р-н, сел. Калинове, вулиця Шевченка, 3");
        assertThat(p).isEqualTo(new AddressParts("Харківська", "Богодухівський", "сел.", "Калинове", "вул.", "Шевченка", "3", null, null));
        assertThat(value("{address: settlement_type}", "с. Ріпки")).isEqualTo("с.");
        assertThat(value("{address: settlement_type}", "село Ріпки")).isEqualTo("с.");
        assertThat(value("{address: settlement_type}", "смт Пісочин")).isEqualTo("смт");
        assertThat(value("{address: settlement_type}", "пос. Покотилівка")).isEqualTo("сел.");
        assertThat(value("{address: region}", "Харьковская область, г. Чугуев")).isEqualTo("Харьковская");
        assertThat(value("{address: district}", "район Чугуївський, м. Чугуїв")).isEqualTo("Чугуївський");
    }

    @Test
    void unmarkedNamesAreTheSettlementBeforeTheStreetAndTheStreetBeforeTheHouse() {
        assertThat(parts("Харків, вул. Сумська, 1")).extracting(AddressParts::settlement).isEqualTo("Харків");
        assertThat(parts("Харків, Сумська, 1"))
                .extracting(AddressParts::settlement, AddressParts::street).containsExactly("Харків", "Сумська");
        assertThat(parts("Сумська, 1")).extracting(AddressParts::settlement, AddressParts::street).containsExactly(null, "Сумська");
        assertThat(parts("Харків")).extracting(AddressParts::settlement).isEqualTo("Харків");
        assertThat(parts("Київ")).as("not корп. иїв").extracting(AddressParts::settlement, AddressParts::building)
                .containsExactly("Київ", null);
        assertThat(parts("Калинове, к. 2")).extracting(AddressParts::settlement, AddressParts::building)
                .containsExactly("Калинове", "2");
    }

    @Test
    void eachPartIsATargetFieldAndAnAbsentPartIsMissing() {
        String address = "Харківська обл., м. Харків, просп. Науки, буд. 14/2, корп. 1, кв. 7";
        assertThat(value("{address: region}", address)).isEqualTo("Харківська");
        assertThat(value("{address: settlement}", address)).isEqualTo("Харків");
        assertThat(value("{address: street_type}", address)).isEqualTo("просп.");
        assertThat(value("{address: street}", address)).isEqualTo("Науки");
        assertThat(value("{address: house}", address)).isEqualTo("14/2");
        assertThat(value("{address: building}", address)).isEqualTo("1");
        assertThat(value("{address: apartment}", address)).isEqualTo("7");
        assertThat(value("address", address)).isEqualTo(address);
        assertThat(apply("{address: district}", address)).isEqualTo(Outcome.missing());
        assertThat(apply("address", " ")).isEqualTo(Outcome.missing());
    }

    @Test
    void aDefaultSettlementFillsAddressesThatOmitTheCity() {
        String step = "{address: {part: full, default_settlement: м. Харків}}";
        assertThat(value(step, "вул. Сумська, буд. 12")).isEqualTo("м. Харків, вул. Сумська, буд. 12");
        assertThat(value(step, "г. Харьков, ул. Сумская, 12")).isEqualTo("м. Харьков, вул. Сумская, буд. 12");
    }

    @Test
    void rejectsWhatItCannotReadWithAOneLineReason() {
        Outcome outcome = apply("address", "м. Харків, вул. Сумська, буд. 12, вул. Пушкінська");
        assertThat(outcome.rule()).isEqualTo("address");
        assertThat(outcome.message()).isEqualTo("two streets: 'вул. Сумська' and 'вул. Пушкінська'");
        assertThat(apply("address", "вул. Сумська, 12, 14").message()).isEqualTo("two house numbers: '12' and '14'");
        assertThat(apply("address", "м. Харків, вул. Сумська, під мостом 3").message()).isEqualTo("cannot read 'під мостом 3'");
        assertThat(apply("address", "Харків, Сумська, Пушкінська").message()).isEqualTo("cannot read 'Харків'");
    }

    /** A marker alone was taken for a name: "м." became the settlement "м.", "вул." a street named "вул.". */
    @Test
    void rejectsAMarkerWithNothingAfterIt() {
        for (String address : new String[]{"м.", "буд.", "кв", "обл., р-н", "с. , вул. Сумська", "вул.", "м. Харків, вул.", "Сумська, вул."}) {
            Outcome outcome = apply("address", address);
            assertThat(outcome.rejected()).as(address).isTrue();
            assertThat(outcome.message()).as(address).endsWith("with nothing after it: the name or number it announces is missing");
        }
        assertThat(apply("address", "м. Харків, вул.").message()).startsWith("'вул.'");
        assertThat(value("address", "Сумська вул., 10")).isEqualTo("вул. Сумська, буд. 10");
    }

    @Test
    void badArgumentsAreReportedWhenTheJobLoads() {
        assertThatThrownBy(() -> AddressSteps.step("{address: flat}"))
                .hasMessage("address: unknown part 'flat' (expected one of full, region, district, settlement_type, settlement, "
                        + "street_type, street, house, building, apartment)");
        assertThatThrownBy(() -> AddressSteps.step("{address: {part: full, default_settlement: вул. Сумська}}"))
                .hasMessage("address: default_settlement expects a settlement such as 'м. Харків', found 'вул. Сумська'");
    }
}
