package io.unireg.jdbc;

import java.util.regex.Pattern;

/** Removes secrets from JDBC URLs before they are shown: {@code password=} parameters and {@code user:password@}. */
public final class JdbcUrls {

    private static final Pattern PASSWORD_PARAM = Pattern.compile("(?i)([?&;:]\\s*(?:password|pwd|passwd)\\s*=)[^&;]*");
    private static final Pattern USER_INFO = Pattern.compile("(//[^/@:?;]*):[^/@?;]*@");
    private static final Pattern ORACLE_USER_PASSWORD = Pattern.compile("(:thin:[^/@:]+)/[^@]*@");

    private JdbcUrls() {
    }

    public static String redact(String url) {
        if (url == null) {
            return null;
        }
        String s = PASSWORD_PARAM.matcher(url).replaceAll("$1***");
        s = USER_INFO.matcher(s).replaceAll("$1:***@");
        return ORACLE_USER_PASSWORD.matcher(s).replaceAll("$1/***@");
    }

    /** {@code message} with the raw URL replaced by its redacted form wherever a driver echoed it. */
    static String redactAll(String message, String url) {
        if (message == null) {
            return null;
        }
        String m = url == null ? message : message.replace(url, redact(url));
        return redact(m);
    }
}
