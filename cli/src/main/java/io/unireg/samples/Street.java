package io.unireg.samples;

import java.util.Map;

/**
 * A Kharkiv street: its current type and name in Ukrainian, the Russian name, and the name it had before
 * the 2015–2024 renamings ({@code oldNameUk} empty when it kept its name).
 */
public record Street(String type, String nameUk, String nameRu, String oldType, String oldNameUk, String oldNameRu) {

    private static final Map<String, String> RUSSIAN_TYPES = Map.of(
            "вул.", "ул.", "просп.", "пр-т", "пров.", "пер.", "пл.", "пл.",
            "бульв.", "б-р", "узв.", "спуск", "наб.", "наб.", "ш.", "ш.");

    public boolean renamed() {
        return !oldNameUk.isEmpty();
    }

    public String typeRu() {
        return RUSSIAN_TYPES.getOrDefault(type, type);
    }

    public String oldTypeRu() {
        return RUSSIAN_TYPES.getOrDefault(oldType, oldType);
    }
}
