package io.unireg.run;

/** The exit codes scripts rely on (README, architecture.md). Stable: never renumber. */
public final class ExitCodes {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;
    public static final int QUALITY_GATE = 3;
    public static final int LOCKED = 4;

    private ExitCodes() {
    }
}
