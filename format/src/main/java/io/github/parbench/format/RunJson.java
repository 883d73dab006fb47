package io.github.parbench.format;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The one reader and the one writer of the run directory's JSON. Reading turns every way a file can
 * be unusable (missing, empty, truncated, not JSON, not the schema) into a {@link BadInputException}
 * naming the file and what is wrong; writing serialises in full first and then goes through
 * {@link AtomicFile}, so a reader never sees half a file and a bad value writes nothing.
 */
public final class RunJson {

    /** Also parses the files of other tools: JMH writes "NaN" as a string, but hand-made files may use the bare token. */
    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private RunJson() {
    }

    /** A file of the schema, e.g. {@code read(dir.resolve(RunFiles.ENV), Environment.class)}. */
    public static <T> T read(Path file, Class<T> type) throws BadInputException {
        JsonNode tree = readTree(file);
        if (!tree.isObject()) {
            throw new BadInputException(file, "should hold a JSON object, found " + JmhJsonReader.describe(tree));
        }
        try {
            return MAPPER.treeToValue(tree, type);
        } catch (MismatchedInputException e) {
            throw new BadInputException(file, "is not a " + file.getFileName() + " (" + where(e) + firstLine(e.getOriginalMessage()) + ")");
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new BadInputException(file, "is not a " + file.getFileName() + " (" + firstLine(e.getMessage()) + ")");
        }
    }

    /** Any JSON file, as a tree. */
    public static JsonNode readTree(Path file) throws BadInputException {
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
            throw new BadInputException(file, "cannot be read (" + FileWriteException.systemReason(e) + ")");
        }
        if (new String(bytes, StandardCharsets.UTF_8).isBlank()) {
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
            throw new BadInputException(file, "cannot be read (" + FileWriteException.systemReason(e) + ")");
        }
    }

    /** Writes a record (or a tree) whole, or not at all. */
    public static void write(Path file, Object value) throws IOException {
        AtomicFile.write(file, MAPPER.writeValueAsBytes(value));
    }

    private static String where(MismatchedInputException e) {
        String path = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElse("");
        return path.isEmpty() ? "" : path + ": ";
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no detail";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
