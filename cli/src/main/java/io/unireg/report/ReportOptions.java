package io.unireg.report;

import java.util.Locale;

/**
 * How to render a run's reports.
 *
 * @param language {@code uk} (default) or {@code en}: the language of the HTML and XLSX texts
 * @param showPii  show source keys and compared values as the run files hold them instead of masked
 */
public record ReportOptions(String language, boolean showPii) {

    public static final java.util.List<String> LANGUAGES = java.util.List.of("uk", "en");
    public static final ReportOptions DEFAULT = new ReportOptions("uk", false);

    public ReportOptions {
        language = language == null ? "uk" : language.toLowerCase(Locale.ROOT);
        if (!LANGUAGES.contains(language)) {
            throw new IllegalArgumentException("language must be one of " + LANGUAGES + ", got '" + language + "'");
        }
    }

    public Locale locale() {
        return Locale.forLanguageTag(language);
    }
}
