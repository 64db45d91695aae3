package io.unireg.sink.jdbc;

import io.unireg.jdbc.JdbcEndpoint;
import io.unireg.job.JobError;
import io.unireg.job.OutputSpec;
import io.unireg.sink.RecordSink;
import io.unireg.sink.SinkContext;
import io.unireg.sink.SinkFactories;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code type: jdbc}: records into a database table. With {@code url}, any database with a JDBC driver;
 * without, the embedded default — an SQLite file in the run folder, staged and moved into place with
 * the other outputs (docs/embedded-db.md says why SQLite).
 */
public final class JdbcSinkFactory implements SinkFactories.Factory {

    @Override
    public String defaultPath() {
        return JdbcOutputSpec.EMBEDDED_FILE;
    }

    @Override
    public Set<String> extraKeys() {
        return JdbcOutputSpec.KEYS;
    }

    @Override
    public List<JobError> validate(OutputSpec spec) {
        List<JobError> errors = new ArrayList<>();
        JdbcOutputSpec.read(spec, errors);
        return errors;
    }

    @Override
    public boolean writesFile(OutputSpec spec) {
        return !spec.options().containsKey("url");
    }

    @Override
    public String pathOf(OutputSpec spec) {
        JdbcOutputSpec s = JdbcOutputSpec.read(spec, new ArrayList<>());
        return s.embedded() ? s.path() : s.endpoint().describe() + (s.table() != null ? " table " + s.table() : "");
    }

    @Override
    public RecordSink open(SinkContext context) throws IOException {
        List<JobError> errors = new ArrayList<>();
        JdbcOutputSpec spec = JdbcOutputSpec.read(context.spec(), errors);
        if (!errors.isEmpty()) {
            throw new IOException(errors.get(0).toString());
        }
        JdbcEndpoint endpoint;
        String describe;
        String table = spec.tableFor(context.schema());
        if (spec.embedded()) {
            Path file = SinkFactories.stagedFile(context, spec.path());
            endpoint = new JdbcEndpoint("jdbc:sqlite:" + file.toAbsolutePath(), null, null);
            describe = spec.path() + " table " + table;
        } else {
            endpoint = spec.endpoint();
            describe = endpoint.describe() + " table " + table;
        }
        return JdbcSink.open(endpoint, spec, context, describe);
    }
}
