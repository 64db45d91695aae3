package io.unireg.schema;

import io.unireg.normalize.ua.Rnokpp;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * A valid РНОКПП encodes its holder's birth date (digits 1–5) and sex (digit 9): when the record says
 * otherwise one of them is wrong, and the message says which. Missing or malformed values are left to the
 * field checks.
 */
final class RnokppConsistentCheck implements RowCheck {

    @Override
    public String name() {
        return "rnokpp_consistent";
    }

    @Override
    public String description() {
        return "the birth date and sex a valid РНОКПП encodes agree with the record's";
    }

    @Override
    public List<String> roles() {
        return List.of("rnokpp", "birth_date", "sex");
    }

    @Override
    public String check(String[] values) {
        String rnokpp = values[0];
        if (!Rnokpp.isValid(rnokpp)) {
            return null;
        }
        // Compared as numbers (days, digit parity): the encoded date and sex are spelled out only for a message.
        // The encoded date's text is always yyyy-MM-dd, so a date written any other way differs from it.
        String recorded = values[1];
        boolean dateDiffers = recorded != null && ValueSyntax.isDate(recorded)
                ? ValueSyntax.epochDay(recorded) != Rnokpp.birthEpochDay(rnokpp)
                : isOtherDate(recorded);
        boolean male = Rnokpp.isMale(rnokpp);
        boolean sexDiffers = "M".equals(values[2]) && !male || "F".equals(values[2]) && male;
        if (!dateDiffers && !sexDiffers) {
            return null;
        }
        String encodedDate = Rnokpp.birthDate(rnokpp).toString();
        String encodedSex = Rnokpp.sex(rnokpp);
        String head = "РНОКПП " + Mask.identifier(rnokpp) + " encodes ";
        if (dateDiffers && sexDiffers) {
            return head + "birth date " + encodedDate + " and sex " + encodedSex + ", the record says "
                    + values[1] + " and " + values[2];
        }
        return dateDiffers
                ? head + "birth date " + encodedDate + ", the record says " + values[1]
                : head + "sex " + encodedSex + ", the record says " + values[2];
    }

    /** A date java.time reads though it is not the usual yyyy-MM-dd (e.g. a year past 9999 with its sign). */
    private static boolean isOtherDate(String value) {
        if (value == null) {
            return false;
        }
        try {
            LocalDate.parse(value);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
