package io.unireg.report;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The report's words in one language, from {@code io/unireg/report/messages_LANG.properties}
 * (UTF-8). Patterns are {@link MessageFormat}s; numbers are formatted here, per language
 * ({@code 3 000} / {@code 3,000}), and passed in as text so no pattern needs number syntax.
 * Field and rule names the bundle does not know are shown as the run files spell them.
 */
final class Texts {

    private static final String BUNDLE = "io.unireg.report.messages";

    private final Locale locale;
    private final ResourceBundle bundle;

    Texts(ReportOptions options) {
        this.locale = options.locale();
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    String language() {
        return locale.getLanguage();
    }

    /** The text for {@code key}, with {@code args} put in its {@code {0}}, {@code {1}}… */
    String get(String key, Object... args) {
        String pattern = bundle.getString(key);
        return new MessageFormat(pattern, locale).format(args);
    }

    /** The text for {@code key}, or {@code fallback} when the bundle has none. */
    String optional(String key, String fallback) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return fallback;
        }
    }

    String number(long n) {
        return NumberFormat.getIntegerInstance(locale).format(n);
    }

    String decimal(double d, int digits) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMinimumFractionDigits(digits);
        f.setMaximumFractionDigits(digits);
        f.setGroupingUsed(false);
        return f.format(d);
    }

    /** {@code part} of {@code whole} as a percentage with one decimal ({@code 2,5 %} / {@code 2.5%}). */
    String percent(long part, long whole) {
        double p = whole == 0 ? 0 : 100.0 * part / whole;
        return get("fmt.percent", decimal(p, 1));
    }

    /** A field's name for people ({@code birth_date} → Дата народження). */
    String field(String field) {
        return field.isEmpty() ? get("field.whole_row") : optional("field." + field, field);
    }

    String rule(String rule) {
        return optional("rule." + rule, rule);
    }

    String status(String status) {
        return optional("status." + status, status);
    }

    String gate(String gate) {
        return optional("gate." + gate, gate);
    }

    /** {@code 2026-12-01T21:50:43.05Z} → {@code 2026-12-01 21:50 UTC}; anything else as it is. */
    String time(String instant) {
        try {
            return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
                    .format(Instant.parse(instant).atOffset(ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            return instant;
        }
    }
}
