package io.unireg.source.text;

import java.nio.charset.Charset;
import java.util.List;

/** Real Ukrainian and Russian text for encoding tests, and how each code page really writes it. */
public final class CyrillicSamples {

    public static final List<String> UKRAINIAN = List.of(
        "Ґудзь",
        "Їжакевич",
        "Євген",
        "ІВАНЕНКО",
        "Яків",
        "ЄВА",
        "Ольга",
        "ґанок",
        "Ґудзь;Євген;Іванович",
        "ПРІЗВИЩЕ;ІМ'Я;ПО БАТЬКОВІ;ДАТА НАРОДЖЕННЯ",
        "Їжакевич Ірина Олексіївна;м. Харків, вул. Сумська, 17, кв. 4",
        "Шевченко Тарас Григорович народився в селі Моринці Звенигородського повіту");

    public static final List<String> RUSSIAN = List.of(
        "Иванов",
        "Пётр",
        "ЩЕРБАКОВ",
        "Юля",
        "ЭЛЯ",
        "Кузьмич;Пётр;Ильич",
        "ФАМИЛИЯ;ИМЯ;ОТЧЕСТВО;ДАТА РОЖДЕНИЯ",
        "Съешь же ещё этих мягких французских булок, да выпей чаю",
        "г. Харьков, ул. Пушкинская, д. 5, кв. 12; Смирнова Евгения Викторовна");

    public static final Charset WINDOWS_1251 = Charset.forName("windows-1251");
    public static final Charset CP866 = Charset.forName("IBM866");
    public static final Charset CP1125 = Charset.forName("cp1125");
    public static final Charset KOI8_U = Charset.forName("KOI8-U");

    private CyrillicSamples() {
    }

    /**
     * The bytes a legacy program writes: cp866 has no І і Ґ ґ, so DOS-era exports put Latin I/i and
     * Г/г in their place.
     */
    public static byte[] encode(String text, Charset charset) {
        String writable = charset.equals(CP866)
            ? text.replace('І', 'I').replace('і', 'i').replace('Ґ', 'Г').replace('ґ', 'г')
            : text;
        if (!charset.newEncoder().canEncode(writable)) {
            throw new IllegalArgumentException(charset + " cannot write: " + writable);
        }
        return writable.getBytes(charset);
    }

    /** Repeats {@code line} (with a line break) until the text is at least {@code bytes} long once encoded. */
    public static String repeated(String line, int bytes) {
        StringBuilder text = new StringBuilder();
        while (text.length() < bytes) {
            text.append(line).append("\r\n");
        }
        return text.toString();
    }
}
