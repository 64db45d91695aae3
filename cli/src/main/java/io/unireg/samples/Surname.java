package io.unireg.samples;

/** A surname in its masculine and feminine forms, Ukrainian and Russian spelling (equal where they do not differ). */
public record Surname(String ukMale, String ukFemale, String ruMale, String ruFemale) {

    public String uk(boolean male) {
        return male ? ukMale : ukFemale;
    }

    public String ru(boolean male) {
        return male ? ruMale : ruFemale;
    }

    public boolean hasRussianSpelling() {
        return !ukMale.equals(ruMale) || !ukFemale.equals(ruFemale);
    }
}
