package io.unireg.normalize.ua;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes a one-line address apart: parts are separated by commas, semicolons or line breaks and
 * recognised by their markers (обл., р-н, м./г./смт/с./сел., a street type, буд./д., корп., кв.),
 * in Ukrainian or Russian, with or without a space after the dot. A street part may carry the house
 * ("вул. Сумська 12 кв. 5"). Parts without a marker: a name before the street is the settlement,
 * a name where the street belongs is the street; anything else is reported, never guessed.
 * A leading five-digit postal code and the country name are dropped.
 */
public final class AddressParser {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String HOUSE = "(\\d{1,5})\\s*-?\\s*(\\p{L}(?![\\p{L}.]))?"
            + "(?:\\s*/\\s*(\\d{1,5})\\s*-?\\s*(\\p{L}(?![\\p{L}.]))?)?";
    // A marker and a number or one letter: "к" alone would read Київ and Калинове as buildings.
    private static final String BUILDING = "(?:корпус|корп|к)(?:\\.\\s*|\\s+)(\\d{1,4}\\p{L}?(?![\\p{L}\\d])|\\p{L}(?![\\p{L}\\d]))";
    private static final String APARTMENT = "(?:квартира|кв-ра|кв)\\.?\\s*№?\\s*([\\p{L}\\d/-]+)";
    private static final Pattern HOUSE_PART = Pattern.compile(
            "(?:(?:будинок|буд|дом|д|б|№)\\.?\\s*№?\\s*)?" + HOUSE
                    + "(?:\\s*" + BUILDING + ")?(?:\\s*" + APARTMENT + ")?", FLAGS);
    private static final Pattern BUILDING_PART = Pattern.compile(BUILDING, FLAGS);
    private static final Pattern APARTMENT_PART = Pattern.compile(APARTMENT, FLAGS);
    private static final Pattern SETTLEMENT_PART = Pattern.compile(
            "(селище міського типу|місто|город|селище|посёлок|поселок|село|смт|пгт|сел|пос|с-ще|м|г|с)(?:\\.\\s*|\\s+)(\\p{L}.*)", FLAGS);
    private static final Pattern REGION_PART = Pattern.compile("(\\p{L}.*?)\\s*(?:обл\\.?|область)|(?:обл\\.?|область)\\s+(\\p{L}.*)", FLAGS);
    private static final Pattern DISTRICT_PART = Pattern.compile("(\\p{L}.*?)\\s+(?:р-н|р-он|район)\\.?|(?:р-н|район)\\s+(\\p{L}.*)", FLAGS);
    /** A marker with nothing after it ("м.", "буд.", "кв", "обл."): the name or number it announces is missing. */
    private static final Pattern MARKER_ONLY = Pattern.compile("(?:селище міського типу|місто|город|селище|посёлок"
            + "|поселок|село|смт|пгт|сел|пос|с-ще|м|г|с|будинок|буд|дом|д|№|квартира|кв-ра|кв|корпус|корп|к"
            + "|область|обл|район|р-н|р-он)\\.?", FLAGS);
    private static final Pattern HOUSE_IN_STREET = Pattern.compile("\\s(?=(?:будинок|буд|дом|д|№)?\\.?\\s*\\d)", FLAGS);
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0]+");

    private AddressParser() {
    }

    /** The parts, or the reason the address cannot be read. */
    public sealed interface Result permits Parsed, Failed {
    }

    public record Parsed(AddressParts parts) implements Result {
    }

    public record Failed(String reason) implements Result {
    }

    private static final class Builder {
        String region;
        String district;
        String settlementType;
        String settlement;
        String streetType;
        String street;
        String streetText;
        String house;
        String building;
        String apartment;
        final List<String> unknown = new ArrayList<>();
        int unknownBeforeStreet;

        AddressParts build() {
            return new AddressParts(region, district, settlementType, settlement, streetType, street, house, building, apartment);
        }
    }

    /**
     * A job parses one address several times per row (one chain per part, then rename, then the
     * KATOTTG lookup), always on the same thread and one row at a time: the last few results per
     * thread are kept, so each distinct text is parsed once. Results are immutable, so sharing is safe.
     */
    private static final int RECENT = 8;
    private static final ThreadLocal<Recent> RECENT_RESULTS = ThreadLocal.withInitial(Recent::new);

    private static final class Recent {
        final String[] keys = new String[RECENT];
        final Result[] values = new Result[RECENT];
        int next;

        Result get(String key) {
            for (int i = 0; i < RECENT; i++) {
                if (key.equals(keys[i])) {
                    return values[i];
                }
            }
            return null;
        }

        void put(String key, Result value) {
            keys[next] = key;
            values[next] = value;
            next = (next + 1) % RECENT;
        }
    }

    public static Result parse(String address) {
        Recent recent = RECENT_RESULTS.get();
        Result known = recent.get(address);
        if (known != null) {
            return known;
        }
        Result result = parseUncached(address);
        recent.put(address, result);
        return result;
    }

    private static Result parseUncached(String address) {
        Builder b = new Builder();
        Map<String, Piece> pieces = PIECES.get();
        if (pieces.size() > MAX_PIECES) {
            pieces.clear();
        }
        int index = 0;
        int n = address.length();
        int start = 0;
        while (start <= n) {
            // The text up to the next run of separators (, ; CR LF); empty pieces are skipped below anyway.
            int end = start;
            while (end < n && !isSeparator(address.charAt(end))) {
                end++;
            }
            if (end > start) {
                String raw = address.substring(start, end);
                Piece piece = pieces.get(raw);
                if (piece == null) {
                    piece = Piece.of(raw);
                    pieces.put(raw, piece);
                }
                if (!piece.part().isEmpty()) {
                    boolean first = index++ == 0;
                    if (!(first && piece.postalCode())) {
                        String failure = piece.reading().apply(b);
                        if (failure != null) {
                            return new Failed(failure);
                        }
                    }
                }
            }
            while (end < n && isSeparator(address.charAt(end))) {
                end++;
            }
            start = end == n ? n + 1 : end;
        }
        return assignUnknown(b, address);
    }

    private static boolean isSeparator(char c) {
        return c == ',' || c == ';' || c == '\r' || c == '\n';
    }

    /**
     * Parts repeat across rows far more than whole addresses do (a city has a few hundred streets, houses
     * and flats have small numbers): each distinct part text is read once per thread, its regexes and
     * look-ups kept as a {@link Reading} that is applied to each address's builder. Bounded: cleared when full.
     */
    private static final int MAX_PIECES = 20_000;
    private static final ThreadLocal<Map<String, Piece>> PIECES = ThreadLocal.withInitial(HashMap::new);

    /** One separated piece: its text with spaces folded and stripped, and what it says. */
    private record Piece(String part, boolean postalCode, Reading reading) {
        static Piece of(String raw) {
            String part = needsSpaceFolding(raw) ? SPACES.matcher(raw).replaceAll(" ").strip() : raw.strip();
            if (part.isEmpty()) {
                return new Piece(part, false, null);
            }
            boolean postal = part.length() == 5 && part.chars().allMatch(Character::isDigit);
            return new Piece(part, postal, read(part));
        }
    }

    /** What one part says; {@link #apply} puts it in the builder, or answers why the address cannot be read. */
    private sealed interface Reading permits Ignored, Apartment, House, Building, Street, Settlement, Region, District,
            Unreadable, Unknown {
        String apply(Builder b);
    }

    private record Ignored() implements Reading {
        @Override
        public String apply(Builder b) {
            return null;
        }
    }

    private record Apartment(String value, String part) implements Reading {
        @Override
        public String apply(Builder b) {
            return setApartment(b, value, part);
        }
    }

    private record Building(String value, String part) implements Reading {
        @Override
        public String apply(Builder b) {
            return setBuilding(b, value, part);
        }
    }

    private record House(String house, String building, String apartment, String part) implements Reading {
        static House of(Matcher m, String part) {
            StringBuilder house = new StringBuilder(m.group(1));
            if (m.group(2) != null) {
                house.append(houseLetter(m.group(2)));
            }
            if (m.group(3) != null) {
                house.append('/').append(m.group(3));
                if (m.group(4) != null) {
                    house.append(houseLetter(m.group(4)));
                }
            }
            return new House(house.toString(), m.group(5) == null ? null : m.group(5).toUpperCase(Locale.ROOT),
                    m.group(6) == null ? null : m.group(6).toUpperCase(Locale.ROOT), part);
        }

        @Override
        public String apply(Builder b) {
            if (b.house != null) {
                return "two house numbers: '" + b.house + "' and '" + part + "'";
            }
            b.house = house;
            if (building != null) {
                String failure = setBuilding(b, building, part);
                if (failure != null) {
                    return failure;
                }
            }
            return apartment == null ? null : setApartment(b, apartment, part);
        }
    }

    /** A street part; {@code house} is the house written inside it ("вул. Сумська 12 кв. 5"), or null. */
    private record Street(String type, String name, String part, House house) implements Reading {
        @Override
        public String apply(Builder b) {
            if (b.street != null) {
                return "two streets: '" + b.streetText + "' and '" + part + "'";
            }
            if (house != null) {
                String failure = house.apply(b);
                if (failure != null) {
                    return failure;
                }
            }
            b.streetType = type;
            b.street = name;
            b.streetText = part;
            return null;
        }
    }

    private record Settlement(String type, String name, String part) implements Reading {
        @Override
        public String apply(Builder b) {
            if (b.settlement != null) {
                return "two settlements: '" + b.settlement + "' and '" + part + "'";
            }
            b.settlementType = type;
            b.settlement = name;
            return null;
        }
    }

    private record Region(String name) implements Reading {
        @Override
        public String apply(Builder b) {
            b.region = name;
            return null;
        }
    }

    private record District(String name) implements Reading {
        @Override
        public String apply(Builder b) {
            b.district = name;
            return null;
        }
    }

    private record Unreadable(String reason) implements Reading {
        @Override
        public String apply(Builder b) {
            return reason;
        }
    }

    /** A name without a marker: settlement or street, decided when the whole address is known. */
    private record Unknown(String part) implements Reading {
        @Override
        public String apply(Builder b) {
            b.unknown.add(part);
            if (b.street == null) {
                b.unknownBeforeStreet++;
            }
            return null;
        }
    }

    /** Whether {@code raw} holds whitespace other than single plain spaces. */
    private static boolean needsSpaceFolding(String raw) {
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == ' ' ? i + 1 < raw.length() && Character.isWhitespace(raw.charAt(i + 1))
                    : Character.isWhitespace(c) || c == '\u00A0') {
                return true;
            }
        }
        return false;
    }

    /** What one part says, by its marker. */
    private static Reading read(String part) {
        String lower = part.toLowerCase(Locale.ROOT);
        if (lower.equals("україна") || lower.equals("украина")) {
            return new Ignored();
        }
        Matcher m;
        // Each anchored pattern can only match parts that start with one of its own first letters:
        // checking that first keeps the matchers off most parts.
        char first = lower.charAt(0);
        if (first == 'к' && (m = APARTMENT_PART.matcher(part)).matches()) {
            return new Apartment(m.group(1).toUpperCase(Locale.ROOT), part);
        }
        if ((Character.isDigit(first) || first == 'б' || first == 'д' || first == '№')
                && (m = HOUSE_PART.matcher(part)).matches()) {
            return House.of(m, part);
        }
        if (first == 'к' && (m = BUILDING_PART.matcher(part)).matches()) {
            return new Building(m.group(1).toUpperCase(Locale.ROOT), part);
        }
        StreetTypes.Split street = StreetTypes.split(part);
        if (street != null) {
            return street.name().isBlank() ? markerOnly(part) : street(street, part);
        }
        if ((first == 'с' || first == 'м' || first == 'г' || first == 'п')
                && (m = SETTLEMENT_PART.matcher(part)).matches()) {
            return new Settlement(settlementType(m.group(1)), m.group(2).strip(), part);
        }
        if ((m = REGION_PART.matcher(part)).matches()) {
            return new Region((m.group(1) != null ? m.group(1) : m.group(2)).strip());
        }
        if ((m = DISTRICT_PART.matcher(part)).matches()) {
            return new District((m.group(1) != null ? m.group(1) : m.group(2)).strip());
        }
        if (part.chars().anyMatch(Character::isDigit)) {
            return new Unreadable("cannot read '" + part + "'");
        }
        if (MARKER_ONLY.matcher(part).matches() || StreetTypes.canonical(part) != null) {
            // Else taken for a name: "м." alone became the settlement "м.", "буд." one named "буд.".
            return markerOnly(part);
        }
        return new Unknown(part);
    }

    private static Reading markerOnly(String part) {
        return new Unreadable("'" + part + "' with nothing after it: the name or number it announces is missing");
    }

    private static Street street(StreetTypes.Split street, String part) {
        String name = street.name();
        House house = null;
        // "вул. Сумська 12 кв. 5": the house follows the name inside the part.
        Matcher space = HOUSE_IN_STREET.matcher(name);
        while (space.find()) {
            String tail = name.substring(space.end()).strip();
            Matcher m = HOUSE_PART.matcher(tail);
            if (m.matches()) {
                house = House.of(m, tail);
                name = name.substring(0, space.start()).strip();
                break;
            }
        }
        return new Street(street.type(), name, part, house);
    }

    /** Both already upper-cased. */
    private static String setBuilding(Builder b, String value, String part) {
        if (b.building != null) {
            return "two buildings: '" + b.building + "' and '" + part + "'";
        }
        b.building = value;
        return null;
    }

    private static String setApartment(Builder b, String value, String part) {
        if (b.apartment != null) {
            return "two apartments: '" + b.apartment + "' and '" + part + "'";
        }
        b.apartment = value;
        return null;
    }

    /** Upper case, with a Latin look-alike typed on the wrong layout made Cyrillic (12a → 12А). */
    private static String houseLetter(String letter) {
        String upper = letter.toUpperCase(Locale.ROOT);
        int latin = "ABCEHIKMOPTX".indexOf(upper.charAt(0));
        return latin < 0 ? upper : String.valueOf("АВСЕНІКМОРТХ".charAt(latin));
    }

    private static String settlementType(String marker) {
        return switch (marker.toLowerCase(Locale.ROOT)) {
            case "м", "г", "місто", "город" -> "м.";
            case "смт", "пгт", "селище міського типу" -> "смт";
            case "с", "село" -> "с.";
            default -> "сел.";
        };
    }

    /** Unmarked names: the settlement when one is missing and the name comes first, the street when that is missing. */
    private static Result assignUnknown(Builder b, String address) {
        List<String> unknown = b.unknown;
        if (!unknown.isEmpty() && b.settlement == null && b.street == null) {
            if (unknown.size() == 1 && b.house == null) {
                b.settlement = unknown.remove(0);
            } else if (unknown.size() == 1) {
                b.street = unknown.remove(0);
            } else if (unknown.size() == 2) {
                b.settlement = unknown.remove(0);
                b.street = unknown.remove(0);
            }
        } else if (!unknown.isEmpty() && b.settlement == null && b.unknownBeforeStreet == 1 && unknown.size() == 1) {
            b.settlement = unknown.remove(0);
        } else if (unknown.size() == 1 && b.street == null) {
            b.street = unknown.remove(0);
        }
        if (!unknown.isEmpty()) {
            return new Failed("cannot read '" + unknown.get(0) + "'");
        }
        if (b.street == null && b.settlement == null && b.house == null) {
            return new Failed("no settlement, street or house in '" + address.strip() + "'");
        }
        return new Parsed(b.build());
    }
}
