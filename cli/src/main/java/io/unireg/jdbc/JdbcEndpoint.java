package io.unireg.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.unireg.job.JobError;
import io.unireg.job.Location;
import io.unireg.job.YamlNode;
import org.jooq.SQLDialect;
import org.jooq.tools.jdbc.JDBCUtils;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Where a jdbc source or output connects: URL, user and the <em>name</em> of the environment variable
 * holding the password. The password itself is read only when connecting, and every message this
 * class builds has it (and any password written in the URL) removed.
 *
 * @param env how environment variables are read (tests pass their own map)
 */
public record JdbcEndpoint(String url, String user, String passwordEnv, Function<String, String> env) {

    static {
        // jOOQ prints a banner and tips at INFO on first use; unireg's output is its own.
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
    }

    public JdbcEndpoint(String url, String user, String passwordEnv) {
        this(url, user, passwordEnv, System::getenv);
    }

    /** Reads {@code url}, {@code user}, {@code password_env} from a source's or output's keys; problems go to {@code errors}. */
    public static JdbcEndpoint read(Map<String, YamlNode> options, Location where, String what, List<JobError> errors) {
        String url = text(options, "url", what, errors);
        String user = text(options, "user", what, errors);
        String passwordEnv = text(options, "password_env", what, errors);
        if (url == null) {
            errors.add(new JobError(where, what + " needs 'url' (e.g. jdbc:postgresql://host:5432/db)"));
        } else if (!url.startsWith("jdbc:")) {
            errors.add(new JobError(options.get("url").location(), what + ": url must start with 'jdbc:', found '"
                    + JdbcUrls.redact(url) + "'"));
        }
        if (passwordEnv != null) {
            if (!passwordEnv.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                errors.add(new JobError(options.get("password_env").location(), what
                        + ": password_env names an environment variable (e.g. MUNI_DB_PASSWORD), not the password itself"));
            } else if (System.getenv(passwordEnv) == null) {
                errors.add(new JobError(options.get("password_env").location(), what + ": environment variable "
                        + passwordEnv + " (password_env) is not set"));
            }
        }
        return new JdbcEndpoint(url, user, passwordEnv);
    }

    /** A non-empty scalar option's trimmed text; a present but empty or non-scalar one is a located error. */
    public static String text(Map<String, YamlNode> options, String key, String what, List<JobError> errors) {
        YamlNode node = options.get(key);
        if (node == null) {
            return null;
        }
        if (node instanceof YamlNode.Scalar s && !s.isNull() && !s.text().isBlank()) {
            return s.text().trim();
        }
        errors.add(new JobError(node.location(), what + ": '" + key + "' must be a non-empty value"));
        return null;
    }

    public SQLDialect dialect() {
        return JDBCUtils.dialect(url);
    }

    /** The URL as logs and the manifest may show it: no password, no user:password@. */
    public String describe() {
        return JdbcUrls.redact(url);
    }

    /**
     * A one-connection pool. Connection failures become one line naming the redacted URL; the driver's
     * message is kept (it says what is wrong) with the password masked should a driver echo it.
     */
    public HikariDataSource open(String name, boolean autoCommit, Map<String, String> properties) throws SQLException {
        String password = passwordEnv == null ? null : env.apply(passwordEnv);
        if (passwordEnv != null && password == null) {
            throw new SQLException("environment variable " + passwordEnv + " (password_env) is not set");
        }
        HikariConfig config = new HikariConfig();
        config.setPoolName("unireg-" + name);
        config.setJdbcUrl(url);
        if (user != null) {
            config.setUsername(user);
        }
        if (password != null) {
            config.setPassword(password);
        }
        config.setMaximumPoolSize(1);
        config.setMinimumIdle(0);
        config.setAutoCommit(autoCommit);
        config.setConnectionTimeout(15_000);
        config.setInitializationFailTimeout(1);
        config.setRegisterMbeans(false);
        properties.forEach(config::addDataSourceProperty);
        try {
            return new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new SQLException("cannot connect to " + describe() + ": " + scrub(rootMessage(e), password), e);
        }
    }

    /** The innermost cause's message: drivers put the useful sentence there, pools wrap it. */
    public static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return m.replace('\n', ' ').replace('\r', ' ').trim();
    }

    /** A message with the password (if any) and URL secrets removed. */
    public String safe(String message) {
        String password = passwordEnv == null ? null : env.apply(passwordEnv);
        return scrub(JdbcUrls.redactAll(message, url), password);
    }

    private static String scrub(String message, String password) {
        if (message == null) {
            return "";
        }
        return password == null || password.isEmpty() ? message : message.replace(password, "***");
    }
}
