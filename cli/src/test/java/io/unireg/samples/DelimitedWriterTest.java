package io.unireg.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class DelimitedWriterTest {

    @Test
    void quotesOnlyFieldsThatNeedIt() throws IOException {
        StringWriter out = new StringWriter();
        DelimitedWriter w = new DelimitedWriter(out, ';', "\r\n");
        w.row("Іван", "вул. Сумська; 12", "кв.\n5", "ЖК \"Сонячний\"", "");
        w.flush();
        assertThat(out.toString()).isEqualTo("Іван;\"вул. Сумська; 12\";\"кв.\n5\";\"ЖК \"\"Сонячний\"\"\";\r\n");
    }

    @Test
    void leavesTheOtherDelimiterUnquoted() throws IOException {
        StringWriter out = new StringWriter();
        DelimitedWriter w = new DelimitedWriter(out, ',', "\n");
        w.row("a;b", "c,d");
        w.flush();
        assertThat(out.toString()).isEqualTo("a;b,\"c,d\"\n");
    }
}
