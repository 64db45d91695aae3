package io.unireg.source.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonLocation;
import java.io.IOException;
import java.nio.file.Path;

/**
 * JSON syntax the parser cannot read past. An {@link IOException} because
 * {@link io.unireg.source.RecordSource#next()} may only throw those; the message is one line:
 * {@code file:line:column: malformed JSON: what is wrong}.
 */
public final class MalformedJsonException extends IOException {

    private MalformedJsonException(String message, Throwable cause) {
        super(message, cause);
    }

    static MalformedJsonException of(Path file, JsonProcessingException e) {
        return new MalformedJsonException(file + ":" + position(e) + ": malformed JSON: " + problem(e), e);
    }

    /** {@code line:column} of the error, or {@code line} when the column is unknown. */
    static String position(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        if (at == null) {
            return "?";
        }
        return at.getColumnNr() > 0 ? at.getLineNr() + ":" + at.getColumnNr() : String.valueOf(at.getLineNr());
    }

    /** Jackson's message without its location and source excerpt, on one line. */
    static String problem(JsonProcessingException e) {
        String message = String.valueOf(e.getOriginalMessage());
        return message.replaceAll("\\s+", " ").trim();
    }
}
