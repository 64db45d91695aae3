package io.unireg.job;

import com.fasterxml.jackson.databind.JsonNode;

/** One step of a {@code normalize:} chain as written: {@code trim} or {@code {date: [dd.MM.yyyy]}}. */
public record FunctionCall(String name, JsonNode args, Location location) {
}
