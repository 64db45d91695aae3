package io.unireg.source.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SharedStringsTest {

    private static final String SST = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="5" uniqueCount="5">
          <si><t>Іваненко</t></si>
          <si><t xml:space="preserve"> 0012345 </t></si>
          <si><r><rPr><b/></rPr><t>Дата</t></r><r><t>_x000D_
        народження</t></r><rPh sb="0" eb="1"><t>ふりがな</t></rPh></si>
          <si><t/></si>
          <si><t>a_x005F_x000D_b</t></si>
        </sst>
        """;

    private static SharedStrings read(long memoryChars) throws Exception {
        return SharedStrings.read(new ByteArrayInputStream(SST.getBytes(StandardCharsets.UTF_8)), 32_767, memoryChars);
    }

    @Test
    void readsRichTextWithoutPhoneticRunsInMemoryAndSpilledAlike() throws Exception {
        try (SharedStrings memory = read(SharedStrings.MEMORY_CHARS); SharedStrings disk = read(10)) {
            assertThat(memory.spilled()).isFalse();
            assertThat(disk.spilled()).isTrue();
            for (SharedStrings s : new SharedStrings[] {memory, disk}) {
                assertThat(s.size()).isEqualTo(5);
                assertThat(s.get(0)).isEqualTo("Іваненко");
                assertThat(s.get(1)).isEqualTo(" 0012345 ");
                assertThat(s.get(2)).isEqualTo("Дата\r\nнародження");
                assertThat(s.get(3)).isEmpty();
                assertThat(s.get(4)).isEqualTo("a_x000D_b");
                assertThat(s.get(5)).isNull();
            }
        }
    }
}
