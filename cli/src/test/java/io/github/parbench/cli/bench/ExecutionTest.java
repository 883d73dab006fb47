package io.github.parbench.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.parbench.format.FileWriteException;
import io.github.parbench.format.Plan;
import io.github.parbench.format.RunPart;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** How a run goes on, or stops, from part to part; /bin/sh stands in for python3. */
@Timeout(30)
class ExecutionTest {

    @TempDir
    Path dir;

    private static RunPart shellPart(String output, String script) {
        return new RunPart(output, RunPart.Kind.PYTHON, null, output, List.of(List.of("-c", script, "sh")), 1, 1);
    }

    @Test
    void aFullDiskStopsTheRunAtThatPartAndResumeFinishesItOnceThereIsRoom() throws Exception {
        RunPart first = shellPart("python-a.json", "printf '[{\"a\":1}]' > \"$2\"");
        RunPart failing = shellPart("python-b.json", "exit 1"); // what a child meeting a full disk does
        RunPart later = shellPart("python-c.json", "printf '[{\"c\":1}]' > \"$2\"");
        Plan plan = new Plan("smoke", 2, List.of(1, 2), null, "unused.jar", null, List.of(first, failing, later), 1L);
        RunDir runDir = new RunDir(dir);
        ByteArrayOutputStream console = new ByteArrayOutputStream();

        // The disk is full once the first part has landed: the second falls short.
        Execution fillsUp = new Execution(runDir, plan, new PartRunner(dir, dir, plan, "/bin/sh", System.out,
                where -> Files.exists(dir.resolve("python-a.json")) ? 4096 : 10L << 20),
                new PrintStream(console, true, StandardCharsets.UTF_8));
        FileWriteException failure = assertThrows(FileWriteException.class, fillsUp::run);

        assertTrue(failure.getMessage().startsWith("cannot write " + dir.resolve("python-b.json") + ": No space left"),
                failure.getMessage());
        assertTrue(runDir.isDone(first));
        assertFalse(Files.exists(dir.resolve("logs/python-c.json.log")), "no part runs after the failing one");
        String said = console.toString(StandardCharsets.UTF_8);
        assertTrue(said.contains("[bench] stopped at python-b.json"), said);
        assertTrue(said.contains("finish with: " + runDir.resumeCommand()), said);

        // Room again: --resume runs what is missing (the failing part's stand-in now succeeds).
        RunPart fixed = shellPart("python-b.json", "printf '[{\"b\":1}]' > \"$2\"");
        Plan resumed = new Plan("smoke", 2, List.of(1, 2), null, "unused.jar", null, List.of(first, fixed, later), 1L);
        assertEquals(0, new Execution(runDir, resumed, new PartRunner(dir, dir, resumed, "/bin/sh", System.out,
                where -> 10L << 20), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)).run());
        assertEquals(List.of(), runDir.missing(resumed));
    }
}
