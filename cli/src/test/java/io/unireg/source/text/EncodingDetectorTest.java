package io.unireg.source.text;

import static io.unireg.source.text.CyrillicSamples.CP1125;
import static io.unireg.source.text.CyrillicSamples.CP866;
import static io.unireg.source.text.CyrillicSamples.KOI8_U;
import static io.unireg.source.text.CyrillicSamples.WINDOWS_1251;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EncodingDetectorTest {

    static Stream<Arguments> cyrillicTextsInEachEncoding() {
        List<Arguments> cases = new ArrayList<>();
        List<String> texts = new ArrayList<>(CyrillicSamples.UKRAINIAN);
        texts.addAll(CyrillicSamples.RUSSIAN);
        for (String text : texts) {
            for (Charset charset : List.of(StandardCharsets.UTF_8, WINDOWS_1251, CP866, KOI8_U)) {
                // "ЭЛЯ" in KOI8-U reads as the equally plausible "ьмс" in windows-1251: three letters are too few.
                if (!(charset.equals(KOI8_U) && text.length() < 5)) {
                    cases.add(Arguments.of(text, charset));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{1}: {0}")
    @MethodSource("cyrillicTextsInEachEncoding")
    void detectsShortCyrillicTextInItsEncoding(String text, Charset charset) {
        EncodingDetector.Detection detection = EncodingDetector.detect(CyrillicSamples.encode(text, charset));

        assertThat(detection.charset()).isEqualTo(charset);
        assertThat(detection.bom()).isFalse();
    }

    @ParameterizedTest(name = "{1}: {0}")
    @MethodSource("cyrillicTextsInEachEncoding")
    void detectsLongCyrillicTextCutAtTheSampleSize(String text, Charset charset) {
        byte[] bytes = CyrillicSamples.encode(CyrillicSamples.repeated(text + ";12345;01.02.1980", 100_000), charset);

        EncodingDetector.Detection detection = EncodingDetector.detect(bytes);

        assertThat(detection.charset()).isEqualTo(charset);
    }

    @Test
    void acceptsUtf8SampleCutInsideAMultiByteLetter() {
        byte[] bytes = CyrillicSamples.repeated("Ґудзь;Євген", 200).getBytes(StandardCharsets.UTF_8);
        byte[] cut = Arrays.copyOf(bytes, 101);
        assertThat((cut[100] & 0xC0)).as("the sample must end on a lead byte").isEqualTo(0xC0);

        assertThat(EncodingDetector.detect(cut).charset()).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void recognisesUtf8ByteOrderMark() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = "ПРІЗВИЩЕ;ІМ'Я".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = Arrays.copyOf(bom, bom.length + text.length);
        System.arraycopy(text, 0, bytes, bom.length, text.length);

        EncodingDetector.Detection detection = EncodingDetector.detect(bytes);

        assertThat(detection.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(detection.bom()).isTrue();
        assertThat(detection.bomLength()).isEqualTo(3);
    }

    @Test
    void readsPureAsciiAsUtf8() {
        EncodingDetector.Detection detection = EncodingDetector.detect("id;name\n1;Ivan\n".getBytes(StandardCharsets.US_ASCII));

        assertThat(detection.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(detection.reason()).isEqualTo("ASCII only");
    }

    @Test
    void explainsASingleByteGuess() {
        EncodingDetector.Detection detection = EncodingDetector.detect(CyrillicSamples.encode("Їжакевич", WINDOWS_1251));

        assertThat(detection.reason()).startsWith("not UTF-8; Cyrillic reads best as windows-1251");
    }

    static Stream<String> ukrainianWithIOrYi() {
        return CyrillicSamples.UKRAINIAN.stream().filter(t -> t.matches(".*[ІіЇї].*"));
    }

    @ParameterizedTest(name = "cp1125: {0}")
    @MethodSource("ukrainianWithIOrYi")
    void tellsCp1125FromCp866ByTheUkrainianLetters(String text) {
        EncodingDetector.Detection detection = EncodingDetector.detect(CyrillicSamples.encode(text, CP1125));

        assertThat(detection.charset()).isEqualTo(CP1125);
        assertThat(new String(CyrillicSamples.encode(text, CP1125), detection.charset())).isEqualTo(text);
    }

    @Test
    void readsCp1125BytesWithoutІіЇїAsCp866() {
        // Є є in cp1125 are Ї ї in cp866: without І і Ї ї bytes the two cannot be told apart.
        EncodingDetector.Detection detection = EncodingDetector.detect(CyrillicSamples.encode("Євген Бабенко", CP1125));

        assertThat(detection.charset()).isEqualTo(CP866);
    }

    @Test
    void cp866TextWithLatinIStaysCp866() {
        byte[] bytes = CyrillicSamples.encode(CyrillicSamples.repeated("ЇЖАКЕВИЧ;Ірина;Олексіївна;м. Харків", 5000), CP866);

        assertThat(EncodingDetector.detect(bytes).charset()).isEqualTo(CP866);
    }

    @Test
    void longUkrainianCp1125FileIsCp1125() {
        byte[] bytes = CyrillicSamples.encode(CyrillicSamples.repeated("Їжакевич;Ірина;Олексіївна;м. Харків, вул. Сумська, 17", 100_000), CP1125);

        EncodingDetector.Detection detection = EncodingDetector.detect(bytes);

        assertThat(detection.charset()).isEqualTo(CP1125);
    }

    @Test
    void dosCyrillicChoosesBetweenCp866AndCp1125Only() {
        assertThat(EncodingDetector.dosCyrillic(CyrillicSamples.encode("Київ, Хрещатик", CP1125), 100).charset()).isEqualTo(CP1125);
        assertThat(EncodingDetector.dosCyrillic(CyrillicSamples.encode("Щербаков Пётр", CP866), 100).charset()).isEqualTo(CP866);
    }

    @Test
    void upperCaseWindows1251IsNotReadAsKoi8() {
        byte[] bytes = CyrillicSamples.encode("ШЕВЧЕНКО;ТАРАС;ГРИГОРОВИЧ;ХАРКІВ\r\nПЕТРЕНКО;ОЛЕНА;ІВАНІВНА;ЛЬВІВ", WINDOWS_1251);

        assertThat(EncodingDetector.detect(bytes).charset()).isEqualTo(WINDOWS_1251);
        assertThat(EncodingDetector.detect(CyrillicSamples.encode("ШЕВЧЕНКО;ТАРАС;ГРИГОРОВИЧ;ХАРКІВ", KOI8_U)).charset()).isEqualTo(KOI8_U);
    }

    @Test
    void readsUtf8WithOneStrayByteAsUtf8() {
        byte[] text = CyrillicSamples.repeated("Король;Олена;Іванівна;м. Харків", 70_000).getBytes(StandardCharsets.UTF_8);
        byte[] bytes = Arrays.copyOf(text, text.length + 1);
        System.arraycopy(text, 500, bytes, 501, text.length - 500);
        bytes[500] = (byte) 0xFF;

        EncodingDetector.Detection detection = EncodingDetector.detect(bytes);

        assertThat(detection.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(detection.reason()).startsWith("mostly valid UTF-8 with Cyrillic: 1 malformed sequence(s) among ");
    }

    @Test
    void readsUtf8WithManyBrokenSequencesAsSingleByte() {
        // A windows-1251 file in which a few UTF-8 values were pasted: mostly not UTF-8.
        String line = "Король;Олена;Іванівна;м. Харків\r\n";
        byte[] legacy = CyrillicSamples.encode(CyrillicSamples.repeated(line, 30_000), WINDOWS_1251);
        byte[] pasted = CyrillicSamples.repeated(line, 2_000).getBytes(StandardCharsets.UTF_8);
        byte[] bytes = Arrays.copyOf(pasted, pasted.length + legacy.length);
        System.arraycopy(legacy, 0, bytes, pasted.length, legacy.length);

        assertThat(EncodingDetector.detect(bytes).charset()).isEqualTo(WINDOWS_1251);
    }

    @Test
    void toleratesOneMalformedSequencePerHundredMultiByteCharacters() {
        byte[] hundred = "Ї".repeat(EncodingDetector.MULTI_BYTE_PER_MALFORMED).getBytes(StandardCharsets.UTF_8);
        byte[] enough = Arrays.copyOf(hundred, hundred.length + 1);
        enough[hundred.length] = (byte) 0xFF;
        byte[] tooFew = Arrays.copyOfRange(enough, 2, enough.length);

        assertThat(EncodingDetector.detect(enough).charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(EncodingDetector.detect(tooFew).charset()).isNotEqualTo(StandardCharsets.UTF_8);
    }
}
