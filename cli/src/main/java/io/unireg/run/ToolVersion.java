package io.unireg.run;

/** unireg's version, from the jar's manifest; "dev" when running from classes (tests, IDE). */
public final class ToolVersion {

    private ToolVersion() {
    }

    public static String get() {
        String v = ToolVersion.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
