package io.github.parbench.cli.harness;

import io.github.parbench.format.BadInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the raw log a harness in benchmarks.jar writes ({@code io.github.parbench.jmh.HarnessLog}):
 * tab-separated lines, the header first and {@code end} last, so a log cut short by a dying JVM is
 * refused rather than read as a shorter run.
 */
public final class HarnessLogReader {

    static final String HEADER = "parbench-harness-log\t1";
    static final String END = "end";

    private HarnessLogReader() {
    }

    /**
     * A harness's log.
     *
     * @param file     where it was read from, for messages
     * @param settings {@code setting KEY VALUE} lines
     * @param jvmArgs  the measuring JVM's flags
     * @param records  every other line, split into fields (the kind first)
     */
    public record Log(Path file, Map<String, String> settings, List<String> jvmArgs, List<List<String>> records) {

        public String setting(String key) throws BadInputException {
            String value = settings.get(key);
            if (value == null) {
                throw new BadInputException(file, "has no setting " + key);
            }
            return value;
        }

        public long longSetting(String key) throws BadInputException {
            return parseLong(setting(key), "setting " + key);
        }

        public double doubleSetting(String key) throws BadInputException {
            return parseDouble(setting(key), "setting " + key);
        }

        /** The records of one kind, each with its fields after the kind, every one with {@code fields} fields. */
        public List<List<String>> records(String kind, int fields) throws BadInputException {
            List<List<String>> found = new ArrayList<>();
            for (List<String> record : records) {
                if (record.get(0).equals(kind)) {
                    if (record.size() != fields + 1) {
                        throw new BadInputException(file, "has a " + kind + " line with " + (record.size() - 1)
                                + " fields, expected " + fields + ": " + String.join(" ", record));
                    }
                    found.add(record.subList(1, record.size()));
                }
            }
            return found;
        }

        public long parseLong(String text, String what) throws BadInputException {
            try {
                return Long.parseLong(text);
            } catch (NumberFormatException e) {
                throw new BadInputException(file, what + " is not a whole number: " + text);
            }
        }

        public double parseDouble(String text, String what) throws BadInputException {
            try {
                return Double.parseDouble(text);
            } catch (NumberFormatException e) {
                throw new BadInputException(file, what + " is not a number: " + text);
            }
        }
    }

    public static Log read(Path file) throws BadInputException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BadInputException(file, "cannot be read (" + e.getMessage() + ")");
        }
        if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
            throw new BadInputException(file, "is not a parbench harness log (its first line should be '"
                    + HEADER.replace('\t', ' ') + "')");
        }
        if (!lines.get(lines.size() - 1).equals(END)) {
            throw new BadInputException(file, "is cut short (no '" + END + "' line): the harness did not finish writing it");
        }
        Map<String, String> settings = new LinkedHashMap<>();
        List<String> jvmArgs = new ArrayList<>();
        List<List<String>> records = new ArrayList<>();
        for (String line : lines.subList(1, lines.size() - 1)) {
            List<String> fields = Arrays.asList(line.split("\t", -1));
            switch (fields.get(0)) {
                case "setting" -> {
                    if (fields.size() != 3) {
                        throw new BadInputException(file, "has a setting line that is not 'setting KEY VALUE': " + line);
                    }
                    settings.put(fields.get(1), fields.get(2));
                }
                case "jvmArg" -> jvmArgs.add(line.substring("jvmArg\t".length()));
                default -> records.add(List.copyOf(fields));
            }
        }
        return new Log(file, settings, jvmArgs, records);
    }
}
