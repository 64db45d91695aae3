package io.unireg.normalize;

import java.util.List;

/**
 * A group of related functions (text, dates, Ukrainian identifiers …). A new group plugs in by
 * being listed in {@link FunctionRegistry#builtIn()}; nothing else looks names up.
 *
 * <p>Every spec's {@code usage} is one or more valid YAML job-file steps separated by " or "; its
 * {@code example} must hold for the first one, written as {@code IN → OUT [where COL = "v", …]}: {@code IN} and
 * {@code OUT} are JSON strings or the word {@code missing}; {@code OUT} may be {@code rejected};
 * {@code where} gives source columns the step reads. {@code FunctionExamplesTest} runs them all.
 */
@FunctionalInterface
public interface FunctionLibrary {

    List<FunctionSpec> functions();
}
