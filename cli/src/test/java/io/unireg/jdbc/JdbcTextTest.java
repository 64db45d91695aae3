package io.unireg.jdbc;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Named parameters, URL redaction and value text: the pieces the jdbc source and output share. */
class JdbcTextTest {

    @Test
    void namedParametersBecomePlaceholdersOutsideQuotesCommentsAndCasts() {
        NamedParameters p = NamedParameters.parse(
                "select ':not', \":no\", x::date, `:no` from t -- :comment\n where a = :a and b in (:b, :a) /* :c */");
        assertThat(p.sql()).isEqualTo(
                "select ':not', \":no\", x::date, `:no` from t -- :comment\n where a = ? and b in (?, ?) /* :c */");
        assertThat(p.names()).containsExactly("a", "b", "a");
        assertThat(NamedParameters.parse("select 'it''s :x' where y = :y").names()).containsExactly("y");
    }

    @Test
    void urlsLoseTheirPasswords() {
        assertThat(JdbcUrls.redact("jdbc:postgresql://h:5432/db?user=u&password=s3cret&ssl=true"))
                .isEqualTo("jdbc:postgresql://h:5432/db?user=u&password=***&ssl=true");
        assertThat(JdbcUrls.redact("jdbc:mysql://u:s3cret@h/db")).isEqualTo("jdbc:mysql://u:***@h/db");
        assertThat(JdbcUrls.redact("jdbc:sqlserver://h:1433;databaseName=r;password=s3cret;encrypt=false"))
                .isEqualTo("jdbc:sqlserver://h:1433;databaseName=r;password=***;encrypt=false");
        assertThat(JdbcUrls.redact("jdbc:oracle:thin:scott/tiger@//h:1521/svc")).isEqualTo("jdbc:oracle:thin:scott/***@//h:1521/svc");
        assertThat(JdbcUrls.redact("jdbc:h2:/data/x;PASSWORD=abc")).isEqualTo("jdbc:h2:/data/x;PASSWORD=***");
    }

    @Test
    void valuesReadAsTheUserWouldWriteThem() {
        assertThat(SqlText.of(null)).isEmpty();
        assertThat(SqlText.of(0.1)).isEqualTo("0.1");
        assertThat(SqlText.of(0.1f)).isEqualTo("0.1");
        assertThat(SqlText.of(1.23e9)).isEqualTo("1230000000");
        assertThat(SqlText.of(2.0)).isEqualTo("2");
        assertThat(SqlText.of(1e-7)).isEqualTo("0.0000001");
        assertThat(SqlText.of(new BigDecimal("12.50"))).isEqualTo("12.50");
        assertThat(SqlText.of(new BigDecimal("1E+3"))).isEqualTo("1000");
        assertThat(SqlText.of(LocalDate.of(1984, 1, 2))).isEqualTo("1984-01-02");
        assertThat(SqlText.of(LocalDateTime.of(2020, 5, 6, 7, 8))).isEqualTo("2020-05-06T07:08:00");
        assertThat(SqlText.of(LocalDateTime.of(2020, 5, 6, 7, 8, 9, 120_000_000))).isEqualTo("2020-05-06T07:08:09.12");
        assertThat(SqlText.of(java.sql.Date.valueOf("1948-03-09"))).isEqualTo("1948-03-09");
        assertThat(SqlText.of(true)).isEqualTo("true");
        assertThat(SqlText.of(new byte[]{1, (byte) 0xab})).isEqualTo("01ab");
        assertThat(SqlText.of(List.of("a"))).isEqualTo("[a]");
    }
}
