package io.unireg.normalize;

/** The reference page of normalising functions ({@code docs/functions.md}), generated from a registry. */
public final class FunctionDocs {

    private FunctionDocs() {
    }

    public static String markdown(FunctionRegistry registry) {
        StringBuilder out = new StringBuilder(8192);
        out.append("# Normalising functions\n\n")
                .append("Generated from the function registry (`unireg functions`); do not edit by hand.\n\n")
                .append("A field's `normalize:` list runs these in order. A function without an argument is written as its\n")
                .append("name (`trim`), one with an argument as a one-key mapping (`{split_name: given}`). A missing value\n")
                .append("passes through unchanged except in functions about missing values (`default`, `coalesce`, `concat`). A function that\n")
                .append("cannot produce a valid value rejects it: the value goes to `rejects.csv` with the function's name and\n")
                .append("a message. Try one on a value with `unireg functions NAME --try VALUE [ARG…]`.\n\n")
                .append("| function | what it does |\n|---|---|\n");
        for (FunctionSpec spec : registry.all()) {
            out.append("| [`").append(spec.name()).append("`](#").append(spec.name()).append(") | ")
                    .append(cell(firstSentence(spec.summary()))).append(" |\n");
        }
        for (FunctionSpec spec : registry.all()) {
            out.append("\n## ").append(spec.name()).append("\n\n")
                    .append(spec.summary()).append("\n\n")
                    .append("Usage: ").append(usage(spec.usage())).append("\n\n")
                    .append("Example: ").append(code(spec.example())).append("\n");
        }
        return out.toString();
    }

    /** Alternatives separated by " or " become separate code spans. */
    private static String usage(String usage) {
        StringBuilder out = new StringBuilder();
        for (String alternative : usage.split(" or ")) {
            out.append(out.length() == 0 ? "" : " or ").append(code(alternative));
        }
        return out.toString();
    }

    private static String firstSentence(String summary) {
        int end = summary.indexOf(". ");
        return end < 0 ? summary : summary.substring(0, end + 1);
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }

    /** Inline code that survives backticks inside the text. */
    private static String code(String text) {
        String fence = text.contains("`") ? "``" : "`";
        String pad = text.startsWith("`") || text.endsWith("`") ? " " : "";
        return fence + pad + text + pad + fence;
    }
}
