package io.unireg.normalize.ua;

import java.util.StringJoiner;

/**
 * A one-line address taken apart. Types are canonical Ukrainian abbreviations ({@code м.}, {@code смт},
 * {@code с.}, {@code сел.}; {@code вул.}, {@code просп.} …); names stay as written (a Russian name stays
 * Russian until {@code rename} maps it). Any part may be null.
 *
 * @param region         oblast name without "обл." (Харківська)
 * @param district       raion name without "р-н" (Богодухівський)
 * @param settlementType м., смт, с. or сел.; null when the name came without one
 * @param house          number with its letter and fraction: 12, 12А, 12/1, 12А/1
 */
public record AddressParts(String region, String district, String settlementType, String settlement,
                           String streetType, String street, String house, String building, String apartment) {

    public AddressParts withStreet(String type, String name) {
        return new AddressParts(region, district, settlementType, settlement, type, name, house, building, apartment);
    }

    public AddressParts withSettlement(String type, String name) {
        return new AddressParts(region, district, type, name, streetType, street, house, building, apartment);
    }

    /** The canonical one-line form: {@code Харківська обл., Богодухівський р-н, м. Харків, вул. Сумська, буд. 12А, корп. 2, кв. 5}. */
    public String full() {
        StringJoiner out = new StringJoiner(", ");
        if (region != null) {
            out.add(region + " обл.");
        }
        if (district != null) {
            out.add(district + " р-н");
        }
        if (settlement != null) {
            out.add(settlementType == null ? settlement : settlementType + " " + settlement);
        }
        if (street != null) {
            out.add(streetType == null ? street : street.isEmpty() ? streetType : streetType + " " + street);
        }
        if (house != null) {
            out.add("буд. " + house);
        }
        if (building != null) {
            out.add("корп. " + building);
        }
        if (apartment != null) {
            out.add("кв. " + apartment);
        }
        return out.toString();
    }
}
