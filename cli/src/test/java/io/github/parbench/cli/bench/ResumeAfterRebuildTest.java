package io.github.parbench.cli.bench;

import io.github.parbench.cli.Main;

import io.github.parbench.format.RunJson;

import io.github.parbench.format.Plan;

import io.github.parbench.format.RunPart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A resume runs whatever jar is at the planned path now. After a rebuild that is another build, so
 * the resume refuses it unless told otherwise. Every part of these plans is done, so a resume that
 * goes ahead runs nothing.
 */
@Timeout(60)
class ResumeAfterRebuildTest {

    @TempDir
    Path repo;

    private Path jar;
    private RunDir run;

    private record Outcome(int code, String err) {
    }

    private void plannedRun(boolean withDigests) throws Exception {
        jar = Files.writeString(repo.resolve("benchmarks.jar"), "build 1");
        run = RunDir.create(repo.resolve("results"), "n01", false, LocalDateTime.of(2026, 1, 2, 3, 4, 5));
        RunPart part = new RunPart("a", RunPart.Kind.JMH, RunPart.CANDIDATE, "jmh-A.json", List.of(List.of("A")), 1, 1.0);
        Plan plan = new Plan("smoke", 2, List.of(1, 2), null, jar.toString(), null, List.of(part));
        run.writePlan(withDigests ? PlannedJars.digested(plan) : plan);
        run.writeEnv(EnvProbe.probe(run.path(), Profile.SMOKE, 2, null, "now", null));
        Files.writeString(run.path().resolve("jmh-A.json"), "[{}]");
    }

    private Outcome resume(String... extra) {
        StringWriter err = new StringWriter();
        List<String> args = new java.util.ArrayList<>(List.of("bench", "--repo", repo.toString(), "--jar", jar.toString(),
                "--resume", run.path().toString()));
        args.addAll(List.of(extra));
        int code = Main.run(args.toArray(String[]::new), new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
        return new Outcome(code, err.toString());
    }

    @Test
    void thePlanRecordsTheJarsSha256AndTheSameJarResumes() throws Exception {
        plannedRun(true);
        JsonNode plan = RunJson.MAPPER.readTree(run.path().resolve("plan.json").toFile());
        // sha-256 of "build 1"
        assertEquals("4ba0d1825bdde359ce65cb7a1775c82fde403b82583fa9f66d6aa9a6417729d7", plan.get("candidateJarSha256").asText());
        assertEquals(0, resume().code());
    }

    @Test
    void aRebuiltJarIsRefusedInOneLineWithExitTwo() throws Exception {
        plannedRun(true);
        Files.writeString(jar, "build 2");
        Outcome refused = resume();
        assertEquals(2, refused.code(), refused.err());
        assertEquals(1, refused.err().lines().count(), refused.err());
        assertTrue(refused.err().startsWith("bench: --resume " + run.path() + ": the candidate jar " + jar
                + " changed since the run was planned (sha-256 4ba0d1825bdd... then, "), refused.err());
        assertTrue(refused.err().contains("give --allow-new-jar"), refused.err());
        assertTrue(Files.readString(run.path().resolve("env.json")).indexOf("resumedWithNewJar") < 0);
    }

    @Test
    void allowNewJarResumesAndSaysSoInEnvJson() throws Exception {
        plannedRun(true);
        Files.writeString(jar, "build 2");
        assertEquals(0, resume("--allow-new-jar").code());
        JsonNode notes = RunJson.MAPPER.readTree(run.path().resolve("env.json").toFile()).get("resumedWithNewJar");
        assertEquals(1, notes.size());
        assertTrue(notes.get(0).get("change").asText().contains("changed since the run was planned"), notes.toString());
        assertTrue(notes.get(0).hasNonNull("at"));
    }

    @Test
    void aPlanThatRecordsNoDigestCannotProveItsJarAndIsRefusedToo() throws Exception {
        plannedRun(false);
        Outcome refused = resume();
        assertEquals(2, refused.code(), refused.err());
        assertTrue(refused.err().contains("plan.json records no sha-256 for the candidate jar"), refused.err());
        assertEquals(0, resume("--allow-new-jar").code());
    }

    @Test
    void allowNewJarWithoutResumeIsAUsageError() throws Exception {
        plannedRun(true);
        StringWriter err = new StringWriter();
        assertEquals(2, Main.run(new String[] {"bench", "--repo", repo.toString(), "--jar", jar.toString(), "--allow-new-jar"},
                new PrintWriter(new StringWriter(), true), new PrintWriter(err, true)));
        assertTrue(err.toString().contains("--allow-new-jar is for --resume"), err.toString());
    }
}
