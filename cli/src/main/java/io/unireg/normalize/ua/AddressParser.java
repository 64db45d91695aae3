package io.unireg.normalize.ua;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
    private static final Pattern HOUSE_IN_STREET = Pattern.compile("\\s(?=(?:будинок|буд|дом|д|№)?\\.?\\s*\\d)", FLAGS);
    private static final Pattern SEPARATORS = Pattern.compile("[,;\\r\\n]+");
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
        String[] parts = SEPARATORS.split(address);
        int index = 0;
        for (String raw : parts) {
            String part = needsSpaceFolding(raw) ? SPACES.matcher(raw).replaceAll(" ").strip() : raw.strip();
            if (part.isEmpty()) {
                continue;
            }
            boolean first = index++ == 0;
            if (first && part.length() == 5 && part.chars().allMatch(Character::isDigit)) {
                continue; // postal code
            }
            String failure = read(part, b);
            if (failure != null) {
                return new Failed(failure);
            }
        }
        return assignUnknown(b, address);
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

    /** Reads one part into the builder; a non-null answer is the reason it cannot be read. */
    private static String read(String part, Builder b) {
        String lower = part.toLowerCase(Locale.ROOT);
        if (lower.equals("україна") || lower.equals("украина")) {
            return null;
        }
        Matcher m;
        // Each anchored pattern can only match parts that start with one of its own first letters:
        // checking that first keeps the matchers (the parser's main cost) off most parts.
        char first = lower.charAt(0);
        if (first == 'к' && (m = APARTMENT_PART.matcher(part)).matches()) {
            return setApartment(b, m.group(1), part);
        }
        if ((Character.isDigit(first) || first == 'б' || first == 'д' || first == '№')
                && (m = HOUSE_PART.matcher(part)).matches()) {
            return setHouse(b, m, part);
        }
        if (first == 'к' && (m = BUILDING_PART.matcher(part)).matches()) {
            return setBuilding(b, m.group(1), part);
        }
        StreetTypes.Split street = StreetTypes.split(part);
        if (street != null) {
            return setStreet(b, street, part);
        }
        if ((first == 'с' || first == 'м' || first == 'г' || first == 'п')
                && (m = SETTLEMENT_PART.matcher(part)).matches()) {
            if (b.settlement != null) {
                return "two settlements: '" + b.settlement + "' and '" + part + "'";
            }
            b.settlementType = settlementType(m.group(1));
            b.settlement = m.group(2).strip();
            return null;
        }
        if ((m = REGION_PART.matcher(part)).matches()) {
            b.region = (m.group(1) != null ? m.group(1) : m.group(2)).strip();
            return null;
        }
        if ((m = DISTRICT_PART.matcher(part)).matches()) {
            b.district = (m.group(1) != null ? m.group(1) : m.group(2)).strip();
            return null;
        }
        if (part.chars().anyMatch(Character::isDigit)) {
            return "cannot read '" + part + "'";
        }
        b.unknown.add(part);
        if (b.street == null) {
            b.unknownBeforeStreet++;
        }
        return null;
    }

    private static String setStreet(Builder b, StreetTypes.Split street, String part) {
        if (b.street != null) {
            return "two streets: '" + b.streetText + "' and '" + part + "'";
        }
        String name = street.name();
        // "вул. Сумська 12 кв. 5": the house follows the name inside the part.
        Matcher space = HOUSE_IN_STREET.matcher(name);
        while (space.find()) {
            String tail = name.substring(space.end()).strip();
            Matcher house = HOUSE_PART.matcher(tail);
            if (house.matches()) {
                String failure = setHouse(b, house, tail);
                if (failure != null) {
                    return failure;
                }
                name = name.substring(0, space.start()).strip();
                break;
            }
        }
        b.streetType = street.type();
        b.street = name;
        b.streetText = part;
        return null;
    }

    private static String setHouse(Builder b, Matcher m, String part) {
        if (b.house != null) {
            return "two house numbers: '" + b.house + "' and '" + part + "'";
        }
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
        b.house = house.toString();
        if (m.group(5) != null) {
            String failure = setBuilding(b, m.group(5), part);
            if (failure != null) {
                return failure;
            }
        }
        return m.group(6) == null ? null : setApartment(b, m.group(6), part);
    }

    private static String setBuilding(Builder b, String value, String part) {
        if (b.building != null) {
            return "two buildings: '" + b.building + "' and '" + part + "'";
        }
        b.building = value.toUpperCase(Locale.ROOT);
        return null;
    }

    private static String setApartment(Builder b, String value, String part) {
        if (b.apartment != null) {
            return "two apartments: '" + b.apartment + "' and '" + part + "'";
        }
        b.apartment = value.toUpperCase(Locale.ROOT);
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
