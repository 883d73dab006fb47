package io.github.parbench.cli.bench;

import io.github.parbench.format.Plan;

import io.github.parbench.format.RunPart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunDirTest {

    @TempDir
    Path results;

    private final LocalDateTime now = LocalDateTime.of(2026, 1, 2, 3, 4, 5);

    @Test
    void namesRunsByHostAndSecondAndNeverReusesADirectory() throws Exception {
        assertEquals("n01-20260102-030405", RunDir.create(results, "n01", false, now).path().getFileName().toString());
        assertEquals("n01-20260102-030405-2", RunDir.create(results, "n01", false, now).path().getFileName().toString());
        assertEquals("paired-n01-20260102-030405",
                RunDir.create(results, "n01", true, now).path().getFileName().toString());
    }

    @Test
    void thePlanSurvivesARoundTripAndMissingPartsAreThoseWithoutTheirFile() throws Exception {
        RunDir run = RunDir.create(results, "n01", false, now);
        RunPart done = new RunPart("a", RunPart.Kind.JMH, RunPart.CANDIDATE, "jmh-A.json", List.of(List.of("A", "-f", "1")), 2, 3.0);
        RunPart todo = new RunPart("b", RunPart.Kind.PYTHON, null, "python-b.json", List.of(List.of("b.py")), 1, 1.0);
        Plan plan = new Plan("smoke", 2, List.of(1, 2), "0-1", "/x/benchmarks.jar", null, List.of(done, todo), 1L);
        run.writePlan(plan);
        Files.writeString(run.path().resolve("jmh-A.json"), "[]");
        Plan read = run.readPlan();
        assertEquals(plan, read);
        assertEquals(List.of(todo), run.missing(read));
        assertTrue(Files.isRegularFile(run.path().resolve("plan.json")));
    }
}
