package io.unireg.schema;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SchemaDescriberTest {

    @Test
    void describesEachFieldOnOneAlignedLine() throws SchemaException {
        String text = SchemaDescriber.describe(SchemaCatalog.load("eddr-person", null));
        assertThat(text).startsWith("eddr-person — ").contains("5492-VI");
        assertThat(text.lines()).anySatisfy(l -> assertThat(l).matches("FIELD +TYPE +REQUIRED +CONSTRAINTS +CHECK +TITLE"));
        assertThat(text.lines()).anySatisfy(l -> assertThat(l).matches("rnokpp +string +unless document_number +pattern \\^\\\\d\\{10}\\$ +rnokpp +РНОКПП"));
        assertThat(text.lines()).contains("row check rnokpp_consistent: rnokpp, birth_date, sex");
        assertThat(text.lines()).anySatisfy(l -> assertThat(l).matches("sex +string +yes +enum M\\|F +Стать"));
        String header = text.lines().filter(l -> l.startsWith("FIELD")).findFirst().orElseThrow();
        String birth = text.lines().filter(l -> l.startsWith("birth_date ")).findFirst().orElseThrow();
        assertThat(birth.indexOf(" date ") + 1).isEqualTo(header.indexOf("TYPE"));
    }

    @Test
    void listsBuiltInsWithTitleAndFieldCount() {
        String text = SchemaDescriber.listBuiltIns();
        int persons = SchemaCatalog.builtIns().get(0).fields().size();
        assertThat(text.lines()).hasSize(3);
        assertThat(text.lines()).anySatisfy(l -> assertThat(l).matches("eddr-person +" + persons + " +Запис про особу.*"));
        assertThat(text.lines()).anySatisfy(l -> assertThat(l).matches("trg-resident +" + (persons + 3) + " +Запис реєстру.*"));
    }
}
