package io.unireg.cli;

import io.unireg.report.ReportOptions;
import picocli.CommandLine.Option;

import java.io.PrintWriter;

/** {@code --lang} and {@code --show-pii}, shared by {@code run} and {@code report}. */
final class ReportArgs {

    @Option(names = "--lang", paramLabel = "uk|en", defaultValue = "uk",
            description = "Language of report.html and report.xlsx: uk (default) or en.")
    String lang;

    @Option(names = "--show-pii", description = "Show source keys and compared values in the reports unmasked (default: masked, 31***45678).")
    boolean showPii;

    /** The options, or {@code null} after printing why they cannot be used. */
    ReportOptions options(PrintWriter err) {
        try {
            return new ReportOptions(lang, showPii);
        } catch (IllegalArgumentException e) {
            err.println("unireg: --lang: " + e.getMessage());
            return null;
        }
    }
}
