package io.github.parbench.cli.bench;

import io.github.parbench.format.RunPart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.parbench.exec.Model;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UnavailableModelsTest {

    static final String LISTING = """
            Benchmarks:\s
            io.github.parbench.jmh.CountdownScaling.strong
              param "size" = {large, small}
              param "model" = {SERIAL, THREADS, VIRTUAL_THREADS, THREAD_POOL}
              param "workers" = {1, 2}
            io.github.parbench.jmh.LockFairness.acquire
              param "lock" = {fair, unfair}
            """;
    private static final String WHY = "VIRTUAL_THREADS needs JDK 21 or newer (Thread.ofVirtual); this JVM is Java 17";

    private final List<Suite> suites = SuiteCatalog.parse(LISTING).suites();
    private final UnavailableModels noVirtualThreads = new UnavailableModels(Map.of("VIRTUAL_THREADS", WHY));

    @Test
    void aModelThisJvmLacksIsLeftOutOfThePlanWithOneLineSayingWhy() {
        assertEquals(List.of(WHY), noVirtualThreads.leftOut(suites, Selection.everything(false)));
        List<RunPart> parts = new Planner(Profile.SMOKE, List.of(1, 2), Selection.everything(false), 1L)
                .parts(noVirtualThreads.remove(suites), List.of());
        assertEquals(java.util.Set.of("CountdownScaling-SERIAL round 1", "CountdownScaling-THREADS round 1",
                "CountdownScaling-THREAD_POOL round 1", "LockFairness"), parts.stream().map(RunPart::name)
                .filter(name -> !name.startsWith("InterleavedScaling")).collect(java.util.stream.Collectors.toSet()));
        List<RunPart> paired = new Planner(Profile.SMOKE, List.of(1, 2), Selection.everything(false), 1L)
                .pairedParts(noVirtualThreads.remove(suites), suites, 1);
        assertTrue(paired.stream().flatMap(p -> p.invocations().stream()).flatMap(List::stream)
                .noneMatch(arg -> arg.contains("VIRTUAL_THREADS")), "a paired run leaves it out on both sides");
    }

    @Test
    void noLineWhenTheSelectionWouldNotHaveRunTheModel() {
        assertEquals(List.of(), noVirtualThreads.leftOut(suites,
                new Selection(Set.of(), Set.of("SERIAL", "THREADS"), Set.of(), false)));
        assertEquals(List.of(), noVirtualThreads.leftOut(suites,
                new Selection(Set.of("LockFairness"), Set.of(), Set.of(), false)));
    }

    @Test
    void withEveryModelAvailableTheSuitesStayAsListed() {
        UnavailableModels none = new UnavailableModels(Map.of());
        assertEquals(List.of(), none.leftOut(suites, Selection.everything(false)));
        assertEquals(suites, none.remove(suites));
        assertSame(suites.get(1), noVirtualThreads.remove(suites).get(1), "a suite without models is untouched");
    }

    @Test
    void thisJvmLacksExactlyTheModelsItCannotOpen() {
        for (Model model : Model.values()) {
            assertEquals(!model.available(), UnavailableModels.ofThisJvm().reasons().containsKey(model.name()), model.name());
        }
    }
}
