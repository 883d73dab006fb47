package io.github.parbench.cli.bench;

import io.github.parbench.format.FileWriteException;
import io.github.parbench.format.RunJson;

import io.github.parbench.format.Plan;

import io.github.parbench.format.RunPart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The part runner with /bin/sh standing in for python3: the part's "script" writes the results
 * file the way a real part does (its path comes last, after --out).
 */
@Timeout(30)
class PartRunnerTest {

    @TempDir
    Path dir;

    private PartRunner runner(RunPart part) {
        Plan plan = new Plan("smoke", 2, List.of(1, 2), null, "unused.jar", null, List.of(part), 1L);
        return new PartRunner(dir, dir, plan, "/bin/sh", System.out);
    }

    private static RunPart shellPart(String output, int expected, String script) {
        return new RunPart("test", RunPart.Kind.PYTHON, null, output, List.of(List.of("-c", script, "sh")), expected, 1);
    }

    @Test
    void aCompletePartLandsUnderItsOutputName() throws Exception {
        RunPart part = shellPart("python-test.json", 2, "printf '[{\"a\":1},{\"b\":2}]' > \"$2\"");
        assertEquals(PartRunner.Outcome.DONE, runner(part).run(part));
        assertEquals(2, RunJson.MAPPER.readTree(dir.resolve("python-test.json").toFile()).size());
        assertTrue(new RunDir(dir).isDone(part));
        assertTrue(Files.readString(dir.resolve("logs/python-test.json.log")).contains("/bin/sh -c"));
    }

    @Test
    void aHarnessPartRunsItsMainFromTheJarWithOutAndLandsLikeAnyPart() throws Exception {
        String classes = System.getProperty("java.class.path"); // FakeHarness and HdrHistogram, as benchmarks.jar holds them
        RunPart part = new RunPart("FakeHarness", RunPart.Kind.HARNESS, RunPart.CANDIDATE, "jmh-FakeHarness.json",
                List.of(List.of(FakeHarness.class.getName(), "--results", "2")), 2, 1);
        Plan plan = new Plan("smoke", 2, List.of(1, 2), null, classes, null, List.of(part), 1L);
        assertEquals(PartRunner.Outcome.DONE, new PartRunner(dir, dir, plan, null, System.out).run(part));
        assertEquals(2, RunJson.MAPPER.readTree(dir.resolve("jmh-FakeHarness.json").toFile()).size());
        String log = Files.readString(dir.resolve("logs/jmh-FakeHarness.json.log"));
        assertTrue(log.contains("-cp " + classes + " " + FakeHarness.class.getName() + " --results 2 --out "), log);
    }

    @Test
    void aPartShortOfItsResultsIsKeptAsideAndStaysMissing() throws Exception {
        RunPart part = shellPart("pairs/S/round-1-baseline.json", 3, "printf '[{\"a\":1}]' > \"$2\"");
        assertEquals(PartRunner.Outcome.INCOMPLETE, runner(part).run(part));
        assertFalse(new RunDir(dir).isDone(part));
        assertTrue(Files.exists(dir.resolve("incomplete/pairs/S/round-1-baseline.json")));
    }

    @Test
    void aPartThatWritesNothingIsIncompleteNotAnError() throws Exception {
        RunPart part = shellPart("python-x.json", 1, "exit 3");
        assertEquals(PartRunner.Outcome.INCOMPLETE, runner(part).run(part));
        assertTrue(Files.readString(dir.resolve("logs/python-x.json.log")).contains("exit status 3"));
    }

    @Test
    void aPythonPartWithoutPythonStaysMissing() throws Exception {
        RunPart part = shellPart("python-countdown.json", 1, "unused");
        Plan plan = new Plan("smoke", 2, List.of(1, 2), null, "unused.jar", null, List.of(part), 1L);
        assertEquals(PartRunner.Outcome.INCOMPLETE, new PartRunner(dir, dir, plan, null, System.out).run(part));
        assertFalse(new RunDir(dir).isDone(part));
        assertTrue(Files.readString(dir.resolve("logs/python-countdown.json.log")).contains("no python3"));
    }

    @Test
    void aPartThatFellShortOnAFullDiskStopsBenchNamingItsFile() throws Exception {
        RunPart part = shellPart("python-x.json", 1, "exit 1");
        Plan plan = new Plan("smoke", 2, List.of(1, 2), null, "unused.jar", null, List.of(part), 1L);
        PartRunner full = new PartRunner(dir, dir, plan, "/bin/sh", System.out, where -> 4096);

        FileWriteException failure = assertThrows(FileWriteException.class, () -> full.run(part));

        assertEquals("cannot write " + dir.resolve("python-x.json") + ": No space left on device (the part fell short"
                + " with 4096 bytes left on its file system)", failure.getMessage());
        assertFalse(new RunDir(dir).isDone(part));
        try (var left = Files.list(dir.resolve("tmp"))) {
            assertEquals(List.of(), left.toList(), "the part's temporary output is removed");
        }
    }

    @Test
    void aPartThatFellShortWithSpaceLeftIsIncompleteNotAFullDisk() throws Exception {
        RunPart part = shellPart("python-x.json", 1, "exit 1");
        Plan plan = new Plan("smoke", 2, List.of(1, 2), null, "unused.jar", null, List.of(part), 1L);
        PartRunner roomy = new PartRunner(dir, dir, plan, "/bin/sh", System.out, where -> PartRunner.LOW_SPACE_BYTES);
        assertEquals(PartRunner.Outcome.INCOMPLETE, roomy.run(part));
    }

    @Test
    void stopEndsTheRunningChildAndItsChildren() throws Exception {
        RunPart part = shellPart("python-slow.json", 1, "sleep 60 & sleep 60; wait");
        PartRunner runner = runner(part);
        var pool = Executors.newSingleThreadExecutor();
        try {
            Future<PartRunner.Outcome> outcome = pool.submit(() -> runner.run(part));
            List<ProcessHandle> children = waitForChildren();
            runner.stop();
            assertEquals(PartRunner.Outcome.STOPPED, outcome.get(10, TimeUnit.SECONDS));
            for (ProcessHandle child : children) {
                child.onExit().get(10, TimeUnit.SECONDS);
            }
            assertFalse(new RunDir(dir).isDone(part));
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<ProcessHandle> waitForChildren() throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            List<ProcessHandle> tree = ProcessHandle.current().descendants().toList();
            if (tree.size() >= 5) { // the guard, its watcher, sh and its two sleeps
                return tree;
            }
            Thread.sleep(25);
        }
        throw new AssertionError("the part's processes did not start");
    }
}
