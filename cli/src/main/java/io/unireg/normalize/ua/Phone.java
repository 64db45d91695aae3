package io.unireg.normalize.ua;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/**
 * Telephone numbers through Google's libphonenumber: parsed against a default region (UA), checked against
 * the region's numbering plan (a number of the wrong length or an unassigned prefix is impossible) and
 * written in E.164 ({@code +380501234567}).
 */
public final class Phone {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    /** Either an E.164 number or, when {@code e164} is null, why the value is not a valid number. */
    public record Reading(String e164, String problem) {
    }

    private Phone() {
    }

    /** Whether libphonenumber knows {@code region} (ISO 3166 two letters, upper case). */
    public static boolean isRegion(String region) {
        return UTIL.getSupportedRegions().contains(region);
    }

    /**
     * Reads {@code 050 123 45 67}, {@code (057) 700-00-00}, {@code +38(050)…}, {@code 380501234567} and the
     * Soviet-era long-distance {@code 8 0XX …} (8 was dialled before the 0 trunk prefix until 2010s exports).
     */
    public static Reading read(String raw, String defaultRegion) {
        String value = raw.strip();
        if ("UA".equals(defaultRegion)) {
            value = ukrainianForms(value);
        }
        PhoneNumber number;
        try {
            number = UTIL.parse(value, defaultRegion);
        } catch (NumberParseException e) {
            return new Reading(null, "phone " + Masking.identifier(value) + " is not a phone number");
        }
        if (!UTIL.isValidNumber(number)) {
            return new Reading(null, "phone " + Masking.identifier(value) + " is not a possible number in "
                    + (UTIL.getRegionCodeForNumber(number) == null ? "any region's numbering plan"
                    : UTIL.getRegionCodeForNumber(number) + "'s numbering plan"));
        }
        return new Reading(UTIL.format(number, PhoneNumberFormat.E164), null);
    }

    /** Whether {@code value} is already a valid E.164 number ({@code +} and digits). */
    public static boolean isE164(String value) {
        if (value == null || value.length() < 3 || value.charAt(0) != '+' || !Digits.all(value.substring(1), value.length() - 1)) {
            return false;
        }
        try {
            return UTIL.isValidNumber(UTIL.parse(value, null));
        } catch (NumberParseException e) {
            return false;
        }
    }

    /** {@code 8 050 …} → {@code 050 …}; {@code 380…} without the plus → {@code +380…}; {@code +38(0…} stays. */
    private static String ukrainianForms(String value) {
        String digits = Digits.of(value.replace("(", "").replace(")", ""));
        if (digits == null) {
            return value;
        }
        if (digits.length() == 11 && digits.startsWith("80") && !value.startsWith("+")) {
            return digits.substring(1);
        }
        if (digits.length() == 12 && digits.startsWith("380") && !value.startsWith("+")) {
            return "+" + digits;
        }
        return value;
    }
}
