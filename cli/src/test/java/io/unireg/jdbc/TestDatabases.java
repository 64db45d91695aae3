package io.unireg.jdbc;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Throw-away databases on the machine's real servers: each test class creates one with a unique name
 * and drops it at the end. A server that is down fails the test with the command that starts it —
 * never a silent skip.
 */
public final class TestDatabases {

    public static final String PG_ADMIN = "jdbc:postgresql://127.0.0.1:5432/postgres";
    public static final String MARIA_ADMIN = "jdbc:mariadb://127.0.0.1:3306/";

    private TestDatabases() {
    }

    /** A database that exists until {@link #close()}; {@code url} connects to it. */
    public record Db(String kind, String name, String url, String user) implements AutoCloseable {
        public Connection connect() throws SQLException {
            return DriverManager.getConnection(url, user, "");
        }

        @Override
        public void close() throws SQLException {
            switch (kind) {
                case "postgres" -> admin(PG_ADMIN, "postgres", "drop database if exists " + name + " with (force)");
                case "mariadb" -> admin(MARIA_ADMIN, "root", "drop database if exists " + name);
                default -> { }
            }
        }
    }

    /**
     * One database for a whole test class, created before its first test (and its {@code @BeforeAll}
     * methods) and dropped after its last: {@code @RegisterExtension static final PerClass pg = TestDatabases.postgresPerClass();}
     */
    public static final class PerClass implements BeforeAllCallback, AfterAllCallback {
        private final Supplier<Db> create;
        private Db db;

        private PerClass(Supplier<Db> create) {
            this.create = create;
        }

        @Override
        public void beforeAll(ExtensionContext context) {
            db = create.get();
        }

        @Override
        public void afterAll(ExtensionContext context) throws SQLException {
            if (db != null) {
                db.close();
            }
        }

        public String url() {
            return db.url();
        }

        public String name() {
            return db.name();
        }

        public Connection connect() throws SQLException {
            return db.connect();
        }
    }

    public static PerClass postgresPerClass() {
        return new PerClass(TestDatabases::postgres);
    }

    public static PerClass mariadbPerClass() {
        return new PerClass(TestDatabases::mariadb);
    }

    static String uniqueName() {
        return "unireg_t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
    }

    public static Db postgres() {
        String name = uniqueName();
        try {
            admin(PG_ADMIN, "postgres", "create database " + name);
        } catch (SQLException e) {
            fail("PostgreSQL is not reachable at 127.0.0.1:5432 as user postgres (" + e.getMessage() + "). Start it with: "
                    + "pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start   (.ci/run does this)");
        }
        return new Db("postgres", name, "jdbc:postgresql://127.0.0.1:5432/" + name, "postgres");
    }

    public static Db mariadb() {
        String name = uniqueName();
        try {
            admin(MARIA_ADMIN, "root", "create database " + name + " character set utf8mb4 collate utf8mb4_unicode_ci");
        } catch (SQLException e) {
            fail("MariaDB is not reachable at 127.0.0.1:3306 as root without password (" + e.getMessage() + "). Start it with: "
                    + "start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd   (.ci/run does this)");
        }
        return new Db("mariadb", name, "jdbc:mariadb://127.0.0.1:3306/" + name, "root");
    }

    private static void admin(String url, String user, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, ""); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
