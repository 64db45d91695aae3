package io.unireg.source.jdbc;

import io.unireg.jdbc.TestDatabases;
import io.unireg.job.Location;
import io.unireg.job.SourceSpec;
import io.unireg.job.YamlNode;
import io.unireg.source.RecordSource;
import io.unireg.source.SourceException;
import io.unireg.source.SourceItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The jdbc source on every supported database: values come through as the text a user expects. */
class JdbcRecordSourceTest {

    @RegisterExtension
    static final TestDatabases.PerClass pg = TestDatabases.postgresPerClass();
    @RegisterExtension
    static final TestDatabases.PerClass maria = TestDatabases.mariadbPerClass();
    @TempDir
    static Path dir;

    private static final String INSERTS = """
            insert into people values (1, 'Коваленко', '1984-01-02', 12.50, 0.1, '0123', null, 1230000000, '2020-05-06 07:08:09');
            insert into people values (2, 'Шевченко', '1948-03-09', 3.00, 2.0, '0000', 'так', -5, '1999-12-31 23:59:59');
            insert into people values (3, 'O''Brien', null, null, null, null, null, null, null)""";

    private static void load(String url, String user, String ddl) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, ""); Statement s = c.createStatement()) {
            s.execute(ddl);
            for (String insert : INSERTS.split(";\n")) {
                s.execute(insert);
            }
            if (!c.getAutoCommit()) {
                c.commit();
            }
        }
    }

    static SourceSpec spec(String url, String user, Map<String, Object> keys) {
        Location at = new Location("job.yaml", 3, 5);
        Map<String, YamlNode> options = new LinkedHashMap<>();
        options.put("url", new YamlNode.Scalar(url, at));
        if (user != null) {
            options.put("user", new YamlNode.Scalar(user, at));
        }
        keys.forEach((k, v) -> options.put(k, node(v, at)));
        return new SourceSpec("db", "jdbc", at, null, "auto", "auto", null, null, options);
    }

    @SuppressWarnings("unchecked")
    private static YamlNode node(Object v, Location at) {
        if (v instanceof Map<?, ?> m) {
            Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
            ((Map<String, Object>) m).forEach((k, x) -> entries.put(k, new YamlNode.Entry(k, at, node(x, at))));
            return new YamlNode.Mapping(entries, at);
        }
        return new YamlNode.Scalar(v == null ? null : v.toString(), at);
    }

    static List<String[]> readAll(SourceSpec spec) throws Exception {
        List<String> errors = new ArrayList<>();
        new JdbcOpener().validate(spec).forEach(e -> errors.add(e.toString()));
        assertThat(errors).isEmpty();
        List<String[]> rows = new ArrayList<>();
        try (RecordSource source = new JdbcOpener().open(spec)) {
            rows.add(source.columns().toArray(String[]::new));
            SourceItem item;
            while ((item = source.next()) != null) {
                rows.add(((SourceItem.Row) item).cells());
            }
        }
        return rows;
    }

    private static void assertPeople(List<String[]> rows, String amount) {
        assertThat(rows.get(0)).containsExactly("id", "surname", "born", "amount", "ratio", "code", "note", "big", "ts");
        assertThat(rows).hasSize(4);
        assertThat(rows.get(1)).containsExactly("1", "Коваленко", "1984-01-02", amount, "0.1", "0123", "", "1230000000", "2020-05-06T07:08:09");
        assertThat(rows.get(2)).containsExactly("2", "Шевченко", "1948-03-09", "12.50".equals(amount) ? "3.00" : "3", "2", "0000", "так", "-5", "1999-12-31T23:59:59");
        assertThat(rows.get(3)).containsExactly("3", "O'Brien", "", "", "", "", "", "", "");
    }

    private static final String QUERY = "select * from people order by id";

    @Test
    void postgresValuesReadAsUserText() throws Exception {
        load(pg.url(), "postgres", "create table people (id integer, surname text, born date, amount numeric(10,2), ratio double precision,"
                + " code varchar(10), note text, big bigint, ts timestamp)");
        assertPeople(readAll(spec(pg.url(), "postgres", Map.of("query", QUERY))), "12.50");
        // a table source reads the same rows (order aside)
        assertThat(readAll(spec(pg.url(), "postgres", Map.of("table", "people")))).hasSize(4);
    }

    @Test
    void mariadbValuesReadAsUserText() throws Exception {
        load(maria.url(), "root", "create table people (id integer, surname varchar(50), born date, amount decimal(10,2), ratio double,"
                + " code varchar(10), note text, big bigint, ts datetime)");
        assertPeople(readAll(spec(maria.url(), "root", Map.of("query", QUERY))), "12.50");
    }

    @Test
    void embeddedDatabasesReadTheSame() throws Exception {
        String ddl = "create table people (id integer, surname varchar(50), born date, amount decimal(10,2), ratio double,"
                + " code varchar(10), note varchar(10), big bigint, ts timestamp)";
        String h2 = "jdbc:h2:" + dir.resolve("h2db").toAbsolutePath();
        load(h2, "sa", ddl);
        List<String[]> h2Rows = readAll(spec(h2, "sa", Map.of("query", QUERY)));
        // H2 stores unquoted names upper-case and reports them so: the source keeps them as the database says
        assertThat(h2Rows.get(0)).contains("SURNAME");
        h2Rows.set(0, java.util.Arrays.stream(h2Rows.get(0)).map(String::toLowerCase).toArray(String[]::new));
        assertPeople(h2Rows, "12.50");
        String duck = "jdbc:duckdb:" + dir.resolve("people.duckdb").toAbsolutePath();
        load(duck, null, ddl);
        assertPeople(readAll(spec(duck, null, Map.of("query", QUERY))), "12.50");
        String sqlite = "jdbc:sqlite:" + dir.resolve("people.sqlite").toAbsolutePath();
        load(sqlite, null, ddl.replace("double", "real"));
        // SQLite keeps 12.50 as the number 12.5: it has no fixed-point type
        assertPeople(readAll(spec(sqlite, null, Map.of("query", QUERY))), "12.5");
    }

    @Test
    void namedParametersAreBoundNotPasted() throws Exception {
        String url = "jdbc:h2:" + dir.resolve("params").toAbsolutePath();
        load(url, "sa", "create table people (id integer, surname varchar(50), born date, amount decimal(10,2), ratio double,"
                + " code varchar(10), note varchar(10), big bigint, ts timestamp)");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("since", "1950-01-01");
        params.put("name", "O'Brien' or 1=1 --");
        List<String[]> rows = readAll(spec(url, "sa", Map.of(
                "query", "select id, surname from people where born > :since or surname = :name -- not :this\n order by id",
                "params", params)));
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1)).containsExactly("1", "Коваленко");
        // the same on PostgreSQL, where a date parameter must arrive as a date and ::casts stay casts
        load(pg.url(), "postgres", "create table if not exists people2 as select 1 as id, date '1984-01-02' as born");
        List<String[]> pgRows = readAll(spec(pg.url(), "postgres", Map.of(
                "query", "select id::text as id from people2 where born > :since and id = :id",
                "params", Map.of("since", "1950-01-01", "id", "1"))));
        assertThat(pgRows).hasSize(2);
    }

    @Test
    void declarationProblemsAreLocated() {
        SourceSpec both = spec("jdbc:h2:mem:x", null, Map.of("table", "a", "query", "select 1"));
        assertThat(new JdbcOpener().validate(both)).anyMatch(e -> e.message().contains("give 'table' or 'query', not both"));
        SourceSpec unused = spec("jdbc:h2:mem:x", null, Map.of("query", "select :a", "params", Map.of("b", "1")));
        assertThat(new JdbcOpener().validate(unused)).extracting(Object::toString)
                .anyMatch(m -> m.contains("query uses :a but params has no 'a'"))
                .anyMatch(m -> m.contains("parameter 'b' is not used"));
        SourceSpec env = spec("jdbc:h2:mem:x", null, Map.of("table", "a", "password_env", "UNIREG_NO_SUCH_VARIABLE"));
        assertThat(new JdbcOpener().validate(env)).anyMatch(e -> e.message().contains("UNIREG_NO_SUCH_VARIABLE (password_env) is not set"));
    }

    @Test
    void passwordNeverAppearsInErrors() {
        // UNIREG_TEST_DB_PASSWORD is set by the build (cli/pom.xml); MariaDB's root has no password, so it is refused.
        String secret = System.getenv("UNIREG_TEST_DB_PASSWORD");
        assertThat(secret).as("surefire sets UNIREG_TEST_DB_PASSWORD").isNotBlank();
        SourceSpec spec = spec(maria.url() + "?password=" + secret, "root", Map.of("table", "people", "password_env", "UNIREG_TEST_DB_PASSWORD"));
        assertThatThrownBy(() -> new JdbcOpener().open(spec))
                .isInstanceOf(SourceException.class)
                .hasMessageContaining("source 'db'")
                .hasMessageContaining("password=***")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(secret));
    }
}
