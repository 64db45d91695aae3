package io.unireg.source.dbf;

import io.unireg.job.JobError;
import io.unireg.job.SourceSpec;
import io.unireg.source.RecordSource;
import io.unireg.source.SourceException;
import io.unireg.source.SourceOpeners;
import java.io.IOException;
import java.util.List;
import java.util.Set;

/** {@code type: dbf}: a dBase III / FoxPro table; {@code encoding:} overrides the header's code page. */
public final class DbfOpener implements SourceOpeners.Opener {

    @Override
    public Set<String> extraKeys() {
        return Set.of();
    }

    @Override
    public List<JobError> validate(SourceSpec spec) {
        return SourceOpeners.requireFile(spec);
    }

    @Override
    public RecordSource open(SourceSpec spec) throws IOException, SourceException {
        return DbfRecordSource.open(spec.id(), spec.path(), spec.encoding());
    }
}
