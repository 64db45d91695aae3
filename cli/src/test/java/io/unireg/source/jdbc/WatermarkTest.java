package io.unireg.source.jdbc;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WatermarkTest {

    @Test
    void eachColumnTypeComesBackAsTheTypeTheDatabaseCompares() {
        LocalDateTime t = LocalDateTime.of(2026, 12, 1, 23, 59, 58, 123_456_000);
        assertThat(Watermark.encode(t)).isEqualTo("timestamp:2026-12-01T23:59:58.123456");
        assertThat(Watermark.decode(Watermark.encode(t))).isEqualTo(t);
        assertThat(Watermark.encode(Timestamp.valueOf(t))).isEqualTo("timestamp:2026-12-01T23:59:58.123456");
        OffsetDateTime z = OffsetDateTime.of(t, ZoneOffset.ofHours(2));
        assertThat(Watermark.decode(Watermark.encode(z))).isEqualTo(z);
        assertThat(Watermark.decode(Watermark.encode(LocalDate.of(2026, 2, 28)))).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(Watermark.decode(Watermark.encode(1045))).isEqualTo(1045L);
        assertThat(Watermark.decode(Watermark.encode(new BigDecimal("12.50")))).isEqualTo(new BigDecimal("12.50"));
        assertThat(Watermark.decode(Watermark.encode("0012"))).isEqualTo("0012");
        assertThat(Watermark.encode(new byte[]{1})).isNull();
    }

    @Test
    void overlapGoesBackByTimeOrBySequenceSteps() {
        LocalDateTime t = LocalDateTime.of(2026, 12, 1, 2, 0);
        assertThat(Watermark.minus(t, "10m")).isEqualTo(LocalDateTime.of(2026, 12, 1, 1, 50));
        assertThat(Watermark.minus(t, "1d")).isEqualTo(LocalDateTime.of(2026, 11, 30, 2, 0));
        assertThat(Watermark.minus(LocalDate.of(2026, 12, 1), "2h")).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(Watermark.minus(1045L, "5")).isEqualTo(1040L);
        assertThat(Watermark.minus(t, null)).isEqualTo(t);
        assertThatThrownBy(() -> Watermark.minus(1045L, "10m")).hasMessageContaining("whole number");
        assertThatThrownBy(() -> Watermark.minus("abc", "1h")).hasMessageContaining("not to text");
        assertThatThrownBy(() -> Watermark.decode("timestamp:yesterday")).hasMessageContaining("unreadable");
    }

    @Test
    void theHighestValueIsComparedByValueNotByText() {
        assertThat(Watermark.after(10L, 9L)).isTrue();
        assertThat(Watermark.after("10", "9")).isFalse();
        assertThat(Watermark.after(10, 9L)).isTrue();
        assertThat(Watermark.after(LocalDateTime.of(2026, 1, 2, 0, 0), LocalDateTime.of(2025, 12, 31, 0, 0))).isTrue();
    }
}
