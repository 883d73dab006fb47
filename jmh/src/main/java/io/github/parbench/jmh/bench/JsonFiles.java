package io.github.parbench.jmh.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.parbench.files.DurableMove;
import io.github.parbench.files.SiblingTempFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads and writes the run directory's JSON; a file is never seen half-written (temp, forced to disk,
 * rename), not even after a power loss.
 */
public final class JsonFiles {

    public static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonFiles() {
    }

    public static void write(Path file, Object value) throws IOException {
        Path tmp = SiblingTempFile.create(file);
        try {
            MAPPER.writeValue(tmp.toFile(), value);
            moveIntoPlace(tmp, file);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Forces a finished file to disk and renames it over its final name in one step. */
    public static void moveIntoPlace(Path finished, Path target) throws IOException {
        DurableMove.intoPlace(finished, target);
    }
}
