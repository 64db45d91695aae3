package io.unireg.schema;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DomainChecksTest {

    private final DomainCheck rnokpp = DomainChecks.builtIn().find("rnokpp").orElseThrow();

    @ParameterizedTest
    @ValueSource(strings = {"1759013776", "3652504575", "3068208400", "2530414071"})
    void acceptsValidRnokpp(String value) {
        assertThat(rnokpp.check(value)).isNull();
    }

    @Test
    void rejectsRnokppWithBadCheckDigitWithoutDisclosingIt() {
        assertThat(rnokpp.check("1759013770")).isEqualTo("РНОКПП 17***13770 has a wrong check digit");
    }

    @Test
    void rejectsRnokppPlaceholder() {
        assertThat(rnokpp.check("0000000000")).contains("placeholder").doesNotContain("0000000000");
        assertThat(rnokpp.check("1111111111")).contains("placeholder");
    }

    @Test
    void rejectsRnokppThatIsNotTenDigits() {
        assertThat(rnokpp.check("175901377")).contains("must be 10 digits");
        assertThat(rnokpp.check("МК123456")).contains("must be 10 digits").doesNotContain("МК123456");
    }

    @Test
    void registryListsNamesAndGrowsWithoutChangingTheBuiltIn() {
        DomainCheck even = DomainCheck.of("even", "an even number", v -> (v.charAt(v.length() - 1) - '0') % 2 == 0 ? null : "is odd");
        DomainChecks extended = DomainChecks.builtIn().with(even);
        assertThat(extended.names()).contains("even", "rnokpp").hasSize(DomainChecks.builtIn().names().size() + 1);
        assertThat(DomainChecks.builtIn().find("even")).isEmpty();
        assertThat(extended.find("even").orElseThrow().check("3")).isEqualTo("is odd");
    }

    @Test
    void refusesTwoChecksWithOneName() {
        assertThatThrownBy(() -> DomainChecks.builder().add(new RnokppCheck()).add(new RnokppCheck()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rnokpp");
    }
}
