package io.unireg.cli;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.unireg.sink.DigestWarmUp;

import java.io.IOException;

/**
 * What every run needs and costs the same whatever the job, done on a thread of its own while picocli
 * reads the command line: Jackson's JSON and YAML classes (the run log's mapper alone, with the date
 * formats it sets up, took ~40 ms of the main thread before the job file could be read), then the
 * SHA-256 the outputs are hashed with ({@link DigestWarmUp}). The start leaves the second core mostly
 * idle; later, the same work would be on the main thread's path or compete with the rows.
 */
final class StartWarmUp {

    private StartWarmUp() {
    }

    static void start() {
        Thread thread = new Thread(StartWarmUp::run, "warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    /** The warm-up itself, on the calling thread. */
    static void run() {
        new ObjectMapper();
        try (JsonParser yaml = YAMLFactory.builder().build().createParser("unireg: 1\n")) {
            while (yaml.nextToken() != null) {
                // reading a document loads and initialises the parser's classes
            }
        } catch (IOException e) {
            // nothing a run depends on: reading the job file reports its own errors
        }
        DigestWarmUp.run();
    }
}
