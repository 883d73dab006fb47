package io.github.parbench.jcstress;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.parbench.files.DurableMove;
import io.github.parbench.files.SiblingTempFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes conformance.json in the schema the report and bench scripts read (see the brief):
 * built field by field so the names cannot drift with the Java records.
 */
public final class ConformanceJson {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ConformanceJson() {
    }

    public static ObjectNode toJson(ConformanceReport report) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("tool", "jcstress");
        root.put("jcstressVersion", report.jcstressVersion());
        root.put("mode", report.mode());
        root.put("generated", report.generated().toString());
        // The build the verdict is for: bench copies it into a run only for that very commit, built clean.
        root.put("gitCommit", report.git().commit());
        root.put("gitDirty", report.git().dirty());
        root.put("passed", report.passed());
        ArrayNode tests = root.putArray("tests");
        for (LessonResult t : report.tests()) {
            ObjectNode test = tests.addObject();
            test.put("test", t.test());
            test.put("lesson", t.lesson());
            test.put("verdict", t.verdict().name());
            test.put("samples", t.samples());
            test.put("interesting", t.interesting());
            test.put("forbidden", t.forbidden());
            test.put("acceptable", t.acceptable());
            test.put("requiredInteresting", t.requiredInteresting());
            ArrayNode outcomes = test.putArray("outcomes");
            for (OutcomeCount o : t.outcomes()) {
                ObjectNode outcome = outcomes.addObject();
                outcome.put("id", o.id());
                outcome.put("expect", o.expect());
                outcome.put("count", o.count());
                outcome.put("description", o.description());
            }
        }
        return root;
    }

    /** Writes next to the target, forces it to disk and renames, so a reader never sees half a file. */
    public static void write(ConformanceReport report, Path target) throws IOException {
        Path tmp = SiblingTempFile.create(target);
        try {
            MAPPER.writeValue(tmp.toFile(), toJson(report));
            DurableMove.intoPlace(tmp, target);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
