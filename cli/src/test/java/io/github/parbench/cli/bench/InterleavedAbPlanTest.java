package io.github.parbench.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.parbench.format.RunPart;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A paired run's interleaved A/B parts, and which baselines can serve them. */
class InterleavedAbPlanTest {

    @TempDir
    Path dir;

    @Test
    void onePartPerWorkloadAndSizeIntoInterleavedAbWithTheBaselineJar() {
        Selection selection = new Selection(Set.of("InterleavedScaling"), Set.of("SERIAL", "THREAD_POOL"), Set.of("small"),
                false);
        List<RunPart> parts = new Planner(Profile.SMOKE, List.of(1, 2), selection, 5L).interleavedAbParts("/b/benchmarks.jar");
        assertEquals(List.of("interleaved-ab/InterleavedScaling-countdown-small.json",
                "interleaved-ab/InterleavedScaling-sqrt-small.json"), parts.stream().map(RunPart::output).toList());
        RunPart first = parts.get(0);
        assertEquals(RunPart.Kind.HARNESS, first.kind());
        assertEquals(RunPart.CANDIDATE, first.jar(), "the driver and the candidate's server run the candidate's jar");
        List<String> args = first.invocations().get(0);
        assertEquals("/b/benchmarks.jar", args.get(args.indexOf("--baseline-jar") + 1));
        assertEquals("THREAD_POOL", args.get(args.indexOf("--models") + 1));
        assertEquals(2 * (1 + 2), first.expectedResults(), "SERIAL and THREAD_POOL x1, x2, once per build");
        assertEquals(List.of("InterleavedScaling"), Planner.suitesOf(parts));
    }

    @Test
    void noPartsWhenTheSelectionLeavesTheHarnessOut() {
        Selection selection = new Selection(Set.of("CountdownScaling"), Set.of(), Set.of(), false);
        assertTrue(new Planner(Profile.CI, List.of(1), selection, 1L).interleavedAbParts("/b.jar").isEmpty());
    }

    @Test
    void aBaselineServesOnlyWhenItsJarHasTheEntryServer() throws IOException {
        assertTrue(EntryServerCheck.serves(jar("new.jar", EntryServerCheck.ENTRY_SERVER_MAIN.replace('.', '/') + ".class")));
        assertFalse(EntryServerCheck.serves(jar("old.jar", "io/github/parbench/jmh/interleaved/InterleavedScaling.class")));
        assertFalse(EntryServerCheck.serves(Files.writeString(dir.resolve("not.jar"), "text")));
    }

    private Path jar(String name, String entry) throws IOException {
        Path jar = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out)) {
            zip.putNextEntry(new JarEntry(entry));
            zip.write(new byte[] {1});
            zip.closeEntry();
        }
        return jar;
    }
}
