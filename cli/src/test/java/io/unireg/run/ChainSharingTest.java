package io.unireg.run;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fields whose chains start alike run the shared steps once per row: the result must be exactly what
 * each field computes on its own (the trace mapper shares nothing), rejections included.
 */
class ChainSharingTest {

    @TempDir
    Path dir;

    private Plan plan(String fields) throws Exception {
        return PeopleJob.plan(dir, List.of(
                "1;Коваленко;Олена;ж;02.01.1984;м. Харків, вул. Сумська, буд. 12, кв. 5",
                "2;Шевченко;Тарас;ч;09.03.1948;г.Харьков, ул.Пушкинская, д. 41-а",
                "3;Бондар;Іван;ч;01.01.1990;вул. Сумська 1, вул. Римарська 2",
                "4;Мельник;Петро;ч;01.01.1990;",
                "5;Ткаченко;Ірина;ж;01.01.2000;12345, Харків, Сумська, 7"), fields);
    }

    private static final String ADDRESS_FIELDS = """
              registration_settlement:
                from: АДРЕСА
                normalize: [{address: {part: full, default_settlement: м. Харків}}, {rename: {table: {Пушкинская: Григорія Сковороди}}}, {address: settlement}]
              registration_street:
                from: АДРЕСА
                normalize: [{address: {part: full, default_settlement: м. Харків}}, {rename: {table: {Пушкинская: Григорія Сковороди}}}, {regex_extract: '^[^,]+,\\s*([^,]+)'}]
              registration_house:
                from: АДРЕСА
                normalize: [{address: {part: full, default_settlement: м. Харків}}, {address: house}]
                on_error: null
              registration_apartment: {from: АДРЕСА, normalize: [{address: apartment}], on_error: null}
            """;

    @Test
    void fieldsResumeFromTheLongestSharedPrefixOfTheSameColumn() throws Exception {
        Plan plan = plan(ADDRESS_FIELDS);
        ChainSharing sharing = ChainSharing.of(plan.fields(), plan.sources().get(0).fieldColumn());
        int settlement = plan.schema().indexOf("registration_settlement");
        int street = plan.schema().indexOf("registration_street");
        int house = plan.schema().indexOf("registration_house");
        int apartment = plan.schema().indexOf("registration_apartment");
        assertThat(sharing.from()[street]).isGreaterThanOrEqualTo(0);
        assertThat(sharing.skip()[street]).isEqualTo(2);
        assertThat(sharing.skip()[house]).isEqualTo(1);
        assertThat(sharing.from()[apartment]).isEqualTo(-1); // no step in common
        assertThat(sharing.from()[settlement]).isEqualTo(-1);
        assertThat(sharing.save()[settlement][1]).isGreaterThanOrEqualTo(0);
        assertThat(sharing.save()[settlement][2]).isGreaterThanOrEqualTo(0);
        assertThat(sharing.slots()).isEqualTo(2);
    }

    @Test
    void sharedPrefixesGiveTheSameValuesAndRejectsAsRunningEveryChain() throws Exception {
        List<String> rejectedFields = TracingComparison.mapsLikeTracing(plan(ADDRESS_FIELDS)).stream()
                .map(Reject::field).toList();
        // Row 3 (two streets) fails inside the shared address step: every field resuming after it fails too.
        assertThat(rejectedFields).contains("registration_settlement", "registration_street", "registration_house");
    }

    /** Text steps in a shared prefix, one making a value missing: later steps resume from the saved value. */
    @Test
    void sharedTextStepsGiveTheSameValuesAsRunningEveryChain() throws Exception {
        Plan plan = plan("""
                  registration_street: {from: АДРЕСА, normalize: [trim, {null_if: ['вул. Сумська 1, вул. Римарська 2']}, collapse_spaces, upper]}
                  registration_house: {from: АДРЕСА, normalize: [trim, {null_if: ['вул. Сумська 1, вул. Римарська 2']}, collapse_spaces, {regex_extract: 'буд\\. (\\d+)'}]}
                """);
        ChainSharing sharing = ChainSharing.of(plan.fields(), plan.sources().get(0).fieldColumn());
        assertThat(sharing.skip()[plan.schema().indexOf("registration_house")]).isEqualTo(3);
        assertThat(TracingComparison.mapsLikeTracing(plan)).extracting(Reject::field).doesNotContain(
                "registration_street", "registration_house"); // the job maps no rnokpp, which the schema requires
    }
}
