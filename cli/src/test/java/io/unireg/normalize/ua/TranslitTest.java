package io.unireg.normalize.ua;

import org.junit.jupiter.api.Test;

import static io.unireg.normalize.ua.NameSteps.value;
import static org.assertj.core.api.Assertions.assertThat;

class TranslitTest {

    @Test
    void passesTheResolutionVectorsFromDomainUa() {
        assertThat(Translit.toLatin("Україна, Хмельницький")).isEqualTo("Ukraina, Khmelnytskyi");
        assertThat(Translit.toLatin("Щастям б’єш жук їх глицю в фон й ґедзь пріч."))
                .isEqualTo("Shchastiam biesh zhuk yikh hlytsiu v fon y gedz prich.");
        assertThat(Translit.toLatin("згин Згин ЗГИН")).isEqualTo("zghyn Zghyn ZGHYN");
        assertThat(Translit.toLatin("Єл Їл Юл Ял")).isEqualTo("Yel Yil Yul Yal");
        assertThat(Translit.toLatin("ім’я")).isEqualTo("imia");
    }

    @Test
    void writesTheWordInitialFormsOnlyAtTheStartOfAWord() {
        assertThat(Translit.toLatin("Юрій Яковенко Єгор Їжакевич Йосип")).isEqualTo("Yurii Yakovenko Yehor Yizhakevych Yosyp");
        assertThat(Translit.toLatin("Марія Наталія Олексіївна Андрій")).isEqualTo("Mariia Nataliia Oleksiivna Andrii");
        assertThat(Translit.toLatin("Івано-Франківськ Нова-Ясенова")).isEqualTo("Ivano-Frankivsk Nova-Yasenova");
    }

    @Test
    void dropsEveryApostropheAndTheLetterAfterItIsNotWordInitial() {
        assertThat(Translit.toLatin("В’ячеслав Мар'яна Дар`я Лукʼян")).isEqualTo("Viacheslav Mariana Daria Lukian");
        assertThat(Translit.toLatin("П’ЯТНИЦЯ")).isEqualTo("PIATNYTSIA");
    }

    @Test
    void capitalisesDigraphsByTheCaseOfTheWord() {
        assertThat(Translit.toLatin("Щербак ЩЕРБАК щербак")).isEqualTo("Shcherbak SHCHERBAK shcherbak");
        assertThat(Translit.toLatin("ЖУК Жук Ж. Ч.")).isEqualTo("ZHUK Zhuk Zh. Ch.");
        assertThat(Translit.toLatin("ЯЦЕНКО Юлія")).isEqualTo("YATSENKO Yuliia");
    }

    @Test
    void dropsTheSoftSignAndKeepsZghInsideWords() {
        assertThat(Translit.toLatin("Розгон Коваль Львів Згурівка")).isEqualTo("Rozghon Koval Lviv Zghurivka");
    }

    @Test
    void keepsWhatIsNotUkrainian() {
        assertThat(Translit.toLatin("вул. Сумська, 10/2, кв. 5")).isEqualTo("vul. Sumska, 10/2, kv. 5");
        assertThat(Translit.toLatin("Kyiv 2024")).isSameAs("Kyiv 2024").isEqualTo("Kyiv 2024");
        assertThat(Translit.toLatin("Объём Эрик")).isEqualTo("Obъёm Эryk");
        assertThat(Translit.toLatin("«Київ»")).isEqualTo("«Kyiv»");
    }

    @Test
    void isAvailableAsAStep() {
        assertThat(value("translit", "Гордієнко Олена")).isEqualTo("Hordiienko Olena");
        assertThat(value("translit", "")).isEmpty();
    }
}
