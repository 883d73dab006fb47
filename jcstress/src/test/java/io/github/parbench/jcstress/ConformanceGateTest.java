package io.github.parbench.jcstress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The gate's refusals, which must not depend on running jcstress. */
class ConformanceGateTest {

    @TempDir
    Path out;

    private int run(StringWriter err, String... args) {
        CommandLine cli = new CommandLine(new ConformanceGate());
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void anUnknownModeIsBadInput() {
        StringWriter err = new StringWriter();
        assertEquals(ConformanceGate.BAD_INPUT, run(err, "--mode=fast", "--out=" + out));
        assertFalse(Files.exists(out.resolve("conformance.json")));
    }

    @Test
    void aBrokenRegexIsBadInput() {
        assertEquals(ConformanceGate.BAD_INPUT, run(new StringWriter(), "--tests=Lost(", "--out=" + out));
        assertFalse(Files.exists(out.resolve("conformance.json")));
    }

    @Test
    void aSelectionMatchingNoTestFailsInsteadOfPassingEmpty() {
        assertEquals(ConformanceGate.FAILED, run(new StringWriter(), "--tests=NoSuchLesson", "--out=" + out));
        assertFalse(Files.exists(out.resolve("conformance.json")));
    }

    @Test
    void quickModeIsShortAndUsesOneConfiguration() {
        List<String> quick = JCStressArguments.of("quick", "X", out);
        assertTrue(String.join(" ", quick).contains("-iters 3 -sc false -jvmArgs " + JCStressArguments.NATIVE_ACCESS));
        List<String> full = JCStressArguments.of("default", "X", out);
        assertFalse(full.contains("-jvmArgs"), "default mode keeps jcstress's own VM configurations");
        assertTrue(full.contains("-jvmArgsPrepend"));
    }

    @Test
    void everyLessonInThisModuleIsAJcstressTestTheGateCanSee() throws Exception {
        // Guards the annotation processor: if javac stopped running it, jcstress would find no
        // tests and the gate would fail later with a less direct message.
        var options = new org.openjdk.jcstress.Options(JCStressArguments.of("quick", "PlainIncrementLosesUpdates", out)
                .toArray(String[]::new));
        assertTrue(options.parse());
        assertEquals(1, new org.openjdk.jcstress.JCStress(options).getTests().size());
    }
}
