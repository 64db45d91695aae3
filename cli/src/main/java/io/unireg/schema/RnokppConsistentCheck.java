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
        String encodedDate = Rnokpp.birthDate(rnokpp).toString();
        String encodedSex = Rnokpp.sex(rnokpp);
        boolean dateDiffers = isDate(values[1]) && !encodedDate.equals(values[1]);
        boolean sexDiffers = ("M".equals(values[2]) || "F".equals(values[2])) && !encodedSex.equals(values[2]);
        if (!dateDiffers && !sexDiffers) {
            return null;
        }
        String head = "РНОКПП " + Mask.identifier(rnokpp) + " encodes ";
        if (dateDiffers && sexDiffers) {
            return head + "birth date " + encodedDate + " and sex " + encodedSex + ", the record says "
                    + values[1] + " and " + values[2];
        }
        return dateDiffers
                ? head + "birth date " + encodedDate + ", the record says " + values[1]
                : head + "sex " + encodedSex + ", the record says " + values[2];
    }

    private static boolean isDate(String value) {
        if (value == null) {
            return false;
        }
        if (ValueSyntax.isDate(value)) {
            return true; // the usual yyyy-MM-dd, checked without the java.time parser (a row check runs on every row)
        }
        try {
            LocalDate.parse(value);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
