package io.unireg.normalize.ua;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AddressPartsTest {

    private static final AddressParts FULL = new AddressParts("Харківська", "Богодухівський", "сел.", "Калинове",
            "вул.", "Сумська", "12А", "2", "5");

    @Test
    void writesEveryPartInCanonicalOrder() {
        assertThat(FULL.full()).isEqualTo("Харківська обл., Богодухівський р-н, сел. Калинове, вул. Сумська, буд. 12А, корп. 2, кв. 5");
        assertThat(new AddressParts(null, null, null, "Харків", null, "Сумська", null, null, null).full())
                .isEqualTo("Харків, Сумська");
        assertThat(new AddressParts(null, null, "м.", "Харків", "майд.", "", "1", null, null).full())
                .as("a street type without a name").isEqualTo("м. Харків, майд., буд. 1");
        assertThat(new AddressParts(null, null, null, null, null, null, null, null, null).full()).isEmpty();
    }

    @Test
    void anEmptyPartKeepsItsSeparatorAsStringJoinDid() {
        assertThat(new AddressParts(null, null, null, "", "вул.", "Сумська", null, null, null).full())
                .isEqualTo(", вул. Сумська");
        assertThat(new AddressParts(null, null, null, "Харків", null, "", "3", null, null).full())
                .isEqualTo("Харків, , буд. 3");
    }

    @Test
    void theRememberedFormBelongsToEqualPartsOnly() {
        AddressParts renamed = FULL.withStreet("вул.", "Григорія Сковороди");
        assertThat(FULL.full()).endsWith("вул. Сумська, буд. 12А, корп. 2, кв. 5");
        assertThat(renamed.full()).isEqualTo("Харківська обл., Богодухівський р-н, сел. Калинове, вул. Григорія Сковороди, буд. 12А, корп. 2, кв. 5");
        assertThat(renamed.withStreet("вул.", "Сумська").full()).as("equal parts, another instance").isEqualTo(FULL.full());
        assertThat(FULL.withSettlement("м.", "Калинове").full()).startsWith("Харківська обл., Богодухівський р-н, м. Калинове, ");
    }
}
