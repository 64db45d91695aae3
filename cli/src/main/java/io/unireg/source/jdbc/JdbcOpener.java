package io.unireg.source.jdbc;

import io.unireg.job.JobError;
import io.unireg.job.SourceSpec;
import io.unireg.source.RecordSource;
import io.unireg.source.SourceException;
import io.unireg.source.SourceOpeners;

import java.util.ArrayList;
import java.util.List;
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
        JdbcSourceSpec.read(spec, errors);
        return errors;
    }

    @Override
    public RecordSource open(SourceSpec spec) throws SourceException {
        List<JobError> errors = new ArrayList<>();
        JdbcSourceSpec s = JdbcSourceSpec.read(spec, errors);
        if (!errors.isEmpty()) {
            throw new SourceException(errors.get(0).toString());
        }
        return JdbcRecordSource.open(spec.id(), s);
    }
}
