package io.unireg.normalize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;

import java.nio.file.Path;

/**
 * The argument a job file gives a function: {@code trim} has none ({@link NullNode}),
 * {@code {split_name: given}} a text node, {@code {date: [dd.MM.yyyy, ...]}} an array,
 * {@code {map: {table: ..., file: ...}}} an object. {@code baseDir} resolves relative file paths
 * (the job file's folder).
 */
public record FunctionArgs(JsonNode node, Path baseDir) {

    public static FunctionArgs none(Path baseDir) {
        return new FunctionArgs(NullNode.getInstance(), baseDir);
    }

    public boolean isEmpty() {
        return node == null || node.isNull() || node.isMissingNode();
    }
}
