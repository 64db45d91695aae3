package io.unireg.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One field's constraints compiled for the hot path: the pattern compiled (by hand when it is a fixed
 * run of digits and literals, see {@link FixedWidthPattern}), the enum hashed, the domain check
 * resolved, and which checks apply decided once, so a present value of a field without constraints is
 * not even read. Stateless, so {@link #check} serves both row validation and single-value previews.
 */
final class FieldRule {

    private final String name;
    private final FieldType type;
    private final String format;
    private final boolean required;
    private final boolean identifier;
    private final Integer minLength;
    private final Integer maxLength;
    private final String patternText;
    private final Pattern pattern;
    private final FixedWidthPattern fixedPattern;
    private final Set<String> enumValues;
    private final String enumText;
    private final String minimum;
    private final String maximum;
    private final DomainCheck check;
    /** Whether the type or format restricts the spelling (string and any accept every value). */
    private final boolean checksSyntax;
    /** Whether a present value has anything to check at all. */
    private final boolean checksValue;

    FieldRule(SchemaField field, DomainChecks checks) {
        Constraints c = field.constraints();
        this.name = field.name();
        this.type = field.type();
        this.format = field.format();
        this.required = c.required();
        this.identifier = field.identifier();
        this.minLength = c.minLength();
        this.maxLength = c.maxLength();
        this.patternText = c.pattern();
        this.fixedPattern = c.pattern() == null ? null : FixedWidthPattern.compile(c.pattern());
        this.pattern = c.pattern() == null || fixedPattern != null ? null : Pattern.compile(c.pattern());
        this.enumValues = c.enumValues().isEmpty() ? null : Set.copyOf(c.enumValues());
        this.enumText = String.join(", ", c.enumValues());
        this.minimum = c.minimum();
        this.maximum = c.maximum();
        this.check = field.check() == null ? null : checks.find(field.check()).orElseThrow(() ->
                new IllegalArgumentException("field '" + field.name() + "' names unknown domain check '"
                        + field.check() + "'; known: " + checks.names()));
        this.checksSyntax = type != FieldType.STRING && type != FieldType.ANY || format != null;
        this.checksValue = checksSyntax || minLength != null || maxLength != null || patternText != null
                || enumValues != null || minimum != null || maximum != null || check != null;
    }

    String name() {
        return name;
    }

    /** Appends this value's violations to {@code out} (created on the first one) and returns it. */
    List<Violation> check(String value, List<Violation> out) {
        if (value == null) {
            return required ? add(out, "required", "a value is required") : out;
        }
        if (!checksValue) {
            return out;
        }
        boolean typed = !checksSyntax || ValueSyntax.matches(type, value);
        if (!typed) {
            out = add(out, "type", show(value) + " is not " + typeDescription());
        } else if (checksSyntax && !ValueSyntax.matchesFormat(format, value)) {
            out = add(out, "type", show(value) + " is not a valid " + format);
        }
        int chars = value.length();
        // A value of n chars has between ceil(n/2) and n code points: count them only when that range reaches a bound.
        if (maxLength != null && chars > maxLength || minLength != null && (chars + 1) / 2 < minLength) {
            int length = value.codePointCount(0, chars);
            if (minLength != null && length < minLength) {
                out = add(out, "minLength", "has " + length + " characters, fewer than " + minLength);
            }
            if (maxLength != null && length > maxLength) {
                out = add(out, "maxLength", "has " + length + " characters, more than " + maxLength);
            }
        }
        if (fixedPattern != null ? !fixedPattern.matches(value) : pattern != null && !pattern.matcher(value).matches()) {
            out = add(out, "pattern", show(value) + " does not match " + patternText);
        }
        if (enumValues != null && !enumValues.contains(value)) {
            out = add(out, "enum", show(value) + " is not one of " + enumText);
        }
        if (typed && minimum != null && ValueSyntax.compare(type, value, minimum) < 0) {
            out = add(out, "minimum", show(value) + " is less than the minimum " + minimum);
        }
        if (typed && maximum != null && ValueSyntax.compare(type, value, maximum) > 0) {
            out = add(out, "maximum", show(value) + " is greater than the maximum " + maximum);
        }
        if (check != null) {
            String message = check.check(value);
            if (message != null) {
                out = add(out, check.name(), message);
            }
        }
        return out;
    }

    /** The value as a message may show it: masked when the field holds an identifier. */
    String show(String value) {
        return identifier ? Mask.identifier(value) : Mask.quoted(value);
    }

    private List<Violation> add(List<Violation> out, String rule, String message) {
        List<Violation> list = out == null ? new ArrayList<>(2) : out;
        list.add(new Violation(name, rule, message));
        return list;
    }

    private String typeDescription() {
        return switch (type) {
            case INTEGER -> "an integer";
            case NUMBER -> "a number (digits, '.' as the decimal point)";
            case BOOLEAN -> "true or false";
            case DATE -> "a valid date (yyyy-MM-dd, a day that exists)";
            case DATETIME -> "a valid date-time (yyyy-MM-ddTHH:mm[:ss][Z|±HH:mm])";
            case YEAR -> "a year (4 digits)";
            case STRING, ANY -> "text";
        };
    }
}
