package io.unireg.job;

/** A place in a job file, printed the way editors and compilers do: {@code file:line:col}. */
public record Location(String file, int line, int column) {

    public static Location of(String file) {
        return new Location(file, 0, 0);
    }

    @Override
    public String toString() {
        return line <= 0 ? file : file + ":" + line + ":" + column;
    }
}
