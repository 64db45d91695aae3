package io.unireg.guess;

import io.unireg.normalize.FunctionRegistry;
import io.unireg.profile.ProfileReport;
import io.unireg.profile.Profiler;
import io.unireg.schema.TableSchema;
import io.unireg.source.RecordSource;

import java.io.IOException;
import java.nio.file.Path;

/** Profiles a source once (keeping a row sample on the way) and guesses its mapping onto a schema. */
public final class GuessRun {

    /** Rows kept to try chains on; enough for shares to within a couple of percent. */
    public static final int DEFAULT_SAMPLE = 5000;

    private GuessRun() {
    }

    /**
     * @param baseDir the folder the job will live in (function files resolve against it)
     */
    public static Guess guess(RecordSource source, String file, TableSchema schema, int sampleRows, Path baseDir)
            throws IOException {
        SamplingSource sampling = new SamplingSource(source, sampleRows);
        ProfileReport profile = Profiler.profile(sampling, file, Profiler.Settings.all(20));
        return new Guesser(FunctionRegistry.builtIn(), baseDir).guess(profile, sampling.sample(), schema);
    }
}
