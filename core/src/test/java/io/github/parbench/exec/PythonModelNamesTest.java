package io.github.parbench.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link Model} is the one list of execution models: the CPython reference script may measure fewer
 * of them, but none of its own. A Python model with no JVM counterpart would put unlike things side
 * by side in the report's lecture table, which pairs each CPython row with the JVM model of the same
 * name.
 */
class PythonModelNamesTest {

    /** Relative to the module directory, where Maven runs the tests. */
    private static final Path SCRIPT = Path.of(System.getProperty("basedir", "."))
            .resolve("../scripts/python/lecture_bench.py").normalize();

    private static final Pattern MODELS = Pattern.compile("^MODELS\\s*=\\s*\\((.*?)\\)", Pattern.MULTILINE | Pattern.DOTALL);
    private static final Pattern STRING = Pattern.compile("\"([^\"]*)\"|'([^']*)'");

    @Test
    void everyModelTheCPythonScriptMeasuresIsAJvmModel() throws IOException {
        if (!Files.isRegularFile(SCRIPT)) {
            fail("cannot find the CPython reference script at " + SCRIPT.toAbsolutePath()
                    + ": run the tests from the core module of a full checkout");
        }
        List<String> names = modelsTuple(Files.readString(SCRIPT), SCRIPT.toString());
        assertFalse(names.isEmpty(), SCRIPT + ": MODELS is empty");
        List<String> unknown = notJvmModels(names);
        assertTrue(unknown.isEmpty(), SCRIPT + ": MODELS names " + unknown + ", which " + Model.class.getName()
                + " does not have (it has " + Arrays.toString(Model.values()) + ")");
    }

    @Test
    void aNameThatIsNoJvmModelIsCaught() {
        String script = "MODELS = (\n    \"SERIAL\",\n    'THREDS',\n)\nTWIN = \"SERIAL_TWIN\"\n";
        assertEquals(List.of("THREDS"), notJvmModels(modelsTuple(script, "test script")));
    }

    /** The string literals of the script's top-level {@code MODELS = (...)} tuple, in order. */
    private static List<String> modelsTuple(String script, String where) {
        Matcher tuple = MODELS.matcher(script);
        if (!tuple.find()) {
            fail(where + " has no top-level 'MODELS = (...)' tuple");
        }
        List<String> names = new ArrayList<>();
        for (String element : tuple.group(1).split(",")) {
            String literal = element.strip();
            if (literal.isEmpty()) {
                continue; // a trailing comma
            }
            Matcher string = STRING.matcher(literal);
            if (!string.matches()) {
                fail(where + ": MODELS holds " + literal + ", not a string literal");
            }
            names.add(string.group(1) != null ? string.group(1) : string.group(2));
        }
        return names;
    }

    private static List<String> notJvmModels(List<String> names) {
        return names.stream()
                .filter(name -> Arrays.stream(Model.values()).noneMatch(m -> m.name().equals(name)))
                .toList();
    }
}
