package io.github.parbench.report.input;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads one JSON file into a tree, turning every way it can be unusable into one clear message. */
public final class JsonFiles {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            // JMH itself writes "NaN" as a string, but hand-made or other tools' files may use the bare token.
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private JsonFiles() {
    }

    public static JsonNode read(Path file) throws BadInputException {
        if (!Files.exists(file)) {
            throw new BadInputException(file, "does not exist");
        }
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(file, "is not a regular file");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new BadInputException(file, "cannot be read (" + e.getMessage() + ")");
        }
        if (new String(bytes, java.nio.charset.StandardCharsets.UTF_8).isBlank()) {
            throw new BadInputException(file, "is empty");
        }
        try {
            return MAPPER.readTree(bytes);
        } catch (JsonParseException e) {
            String why = e.getOriginalMessage();
            boolean truncated = why != null && why.contains("end-of-input");
            throw new BadInputException(file, (truncated ? "is truncated JSON" : "is not valid JSON")
                    + " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr()
                    + ": " + firstLine(why) + ")");
        } catch (JsonProcessingException e) {
            throw new BadInputException(file, "is not valid JSON (" + firstLine(e.getOriginalMessage()) + ")");
        } catch (IOException e) {
            throw new BadInputException(file, "cannot be read (" + e.getMessage() + ")");
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no detail";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
