package io.unireg.source.jdbc;

import io.unireg.job.JobError;
import io.unireg.job.SourceSpec;
import io.unireg.source.ChangeColumns;
import io.unireg.source.RecordSource;
import io.unireg.source.SourceException;
import io.unireg.source.SourceOpeners;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** {@code type: jdbc}: a table or a query of any database with a JDBC driver on the class path. */
public final class JdbcOpener implements SourceOpeners.Opener {

    @Override
    public Set<String> extraKeys() {
        return JdbcSourceSpec.KEYS;
    }

    @Override
    public List<JobError> validate(SourceSpec spec) {
        List<JobError> errors = new ArrayList<>();
        if (spec.path() != null) {
            errors.add(new JobError(spec.location(), "jdbc source '" + spec.id() + "' reads 'url', not 'path'"));
        }
        JdbcSourceSpec s = JdbcSourceSpec.read(spec, errors);
        if (s.incremental() != null && spec.key() == null) {
            errors.add(new JobError(spec.location(), "jdbc source '" + spec.id() + "': incremental needs 'key' (the column that"
                    + " names a row, so a changed row replaces its old version)"));
        }
        return errors;
    }

    @Override
    public RecordSource open(SourceSpec spec) throws SourceException {
        return JdbcRecordSource.open(spec.id(), read(spec), null);
    }

    @Override
    public Optional<ChangeColumns> changeColumns(SourceSpec spec) {
        return Optional.ofNullable(JdbcSourceSpec.read(spec, new ArrayList<>()).incremental());
    }

    @Override
    public RecordSource openSince(SourceSpec spec, String watermark) throws SourceException {
        return JdbcRecordSource.open(spec.id(), read(spec), watermark);
    }

    private static JdbcSourceSpec read(SourceSpec spec) throws SourceException {
        List<JobError> errors = new ArrayList<>();
        JdbcSourceSpec s = JdbcSourceSpec.read(spec, errors);
        if (!errors.isEmpty()) {
            throw new SourceException(errors.get(0).toString());
        }
        return s;
    }
}
