package io.unireg.samples;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** How often each defect is planted. Immutable; {@link #with} derives a variant. */
public record DefectRates(Map<Defect, Double> rates) {

    public DefectRates {
        EnumMap<Defect, Double> copy = new EnumMap<>(Defect.class);
        for (Defect d : Defect.values()) {
            double r = rates.getOrDefault(d, d.defaultRate);
            if (!(r >= 0 && r <= 1)) {
                throw new IllegalArgumentException("rate of " + d.tag + " must be between 0 and 1, got " + r);
            }
            copy.put(d, r);
        }
        double formats = copy.get(Defect.DATE_FORMAT_ISO) + copy.get(Defect.DATE_FORMAT_SHORT)
                + copy.get(Defect.DATE_FORMAT_SLASH);
        if (formats > 1) {
            throw new IllegalArgumentException("the date format rates add up to more than 1: " + formats);
        }
        rates = Collections.unmodifiableMap(copy);
    }

    public static DefectRates defaults() {
        return new DefectRates(Map.of());
    }

    public static DefectRates none() {
        EnumMap<Defect, Double> zero = new EnumMap<>(Defect.class);
        for (Defect d : Defect.values()) {
            zero.put(d, 0.0);
        }
        return new DefectRates(zero);
    }

    public double of(Defect defect) {
        return rates.get(defect);
    }

    public DefectRates with(Defect defect, double rate) {
        EnumMap<Defect, Double> copy = new EnumMap<>(rates);
        copy.put(defect, rate);
        return new DefectRates(copy);
    }
}
