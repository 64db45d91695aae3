package io.unireg.samples;

import java.util.List;

/**
 * One row of {@code io/unireg/normalize/ua/given-names.csv}: a Ukrainian given name, its Russian forms and,
 * for male names, the patronymics a child of a man with this name carries.
 */
public record GivenName(boolean male, String uk, List<String> ru,
                        String patronymicMaleUk, String patronymicFemaleUk,
                        String patronymicMaleRu, String patronymicFemaleRu, String source) {

    public GivenName {
        ru = List.copyOf(ru);
    }

    public String patronymicUk(boolean childMale) {
        return childMale ? patronymicMaleUk : patronymicFemaleUk;
    }

    public String patronymicRu(boolean childMale) {
        return childMale ? patronymicMaleRu : patronymicFemaleRu;
    }
}
