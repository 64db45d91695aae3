package io.unireg.normalize.ua;

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

    /**
     * A job writes the full form of one address twice per row (address: full, then rename, which parses
     * that form back and, when no name changed, writes equal parts again): the last form per thread is kept.
     */
    private static final class LastFull {
        AddressParts parts;
        String full;
    }

    private static final ThreadLocal<LastFull> LAST_FULL = ThreadLocal.withInitial(LastFull::new);

    /** The canonical one-line form: {@code Харківська обл., Богодухівський р-н, м. Харків, вул. Сумська, буд. 12А, корп. 2, кв. 5}. */
    public String full() {
        LastFull last = LAST_FULL.get();
        if (last.parts != this && !equals(last.parts)) {
            last.full = oneLine();
            last.parts = this;
        }
        return last.full;
    }

    /** The present parts joined by ", " (an empty one keeps its separator, as String.join does). */
    private String oneLine() {
        StringBuilder out = new StringBuilder(96);
        int written = 0;
        if (region != null) {
            next(out, written++).append(region).append(" обл.");
        }
        if (district != null) {
            next(out, written++).append(district).append(" р-н");
        }
        if (settlement != null) {
            next(out, written++);
            if (settlementType != null) {
                out.append(settlementType).append(' ');
            }
            out.append(settlement);
        }
        if (street != null) {
            next(out, written++);
            if (streetType == null) {
                out.append(street);
            } else if (street.isEmpty()) {
                out.append(streetType);
            } else {
                out.append(streetType).append(' ').append(street);
            }
        }
        if (house != null) {
            next(out, written++).append("буд. ").append(house);
        }
        if (building != null) {
            next(out, written++).append("корп. ").append(building);
        }
        if (apartment != null) {
            next(out, written).append("кв. ").append(apartment);
        }
        return out.toString();
    }

    private static StringBuilder next(StringBuilder out, int written) {
        return written == 0 ? out : out.append(", ");
    }
}
