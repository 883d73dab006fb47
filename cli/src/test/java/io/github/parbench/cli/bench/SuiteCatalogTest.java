package io.github.parbench.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SuiteCatalogTest {

    static final String LISTING = """
            Benchmarks:\s
            io.github.parbench.jmh.CountdownScaling.strong
              param "size" = {large, small}
              param "model" = {SERIAL, THREADS, THREAD_POOL, FORK_JOIN, PROCESS_SPAWN, PROCESS_POOL}
              param "workers" = {1, 2, 4}
            io.github.parbench.jmh.CountdownScaling.weak
              param "size" = {large, small}
              param "model" = {SERIAL, THREADS, THREAD_POOL, FORK_JOIN, PROCESS_SPAWN, PROCESS_POOL}
              param "workers" = {1, 2, 4}
            io.github.parbench.jmh.LockFairness.acquire
              param "lock" = {fair, unfair}
            io.github.parbench.jmh.Latency.handoff
            """;

    @Test
    void groupsMethodsByClassWithTheirParams() {
        List<Suite> suites = SuiteCatalog.parse(LISTING).suites();
        assertEquals(List.of("CountdownScaling", "LockFairness", "Latency"),
                suites.stream().map(Suite::simpleName).toList());
        Suite countdown = suites.get(0);
        assertEquals(List.of("strong", "weak"), countdown.methods());
        assertEquals(List.of("1", "2", "4"), countdown.params().get("workers"));
        assertEquals(List.of("fair", "unfair"), suites.get(1).params().get("lock"));
        assertEquals(Map.of(), suites.get(2).params());
    }

    @Test
    void aSuiteWithModelAndWorkersIsAScalingSuite() {
        SuiteCatalog catalog = SuiteCatalog.parse(LISTING);
        assertTrue(catalog.find("CountdownScaling").orElseThrow().isScaling());
        assertFalse(catalog.find("LockFairness").orElseThrow().isScaling());
    }

    @Test
    void combinationsMultiplyMethodsByTheChosenOrDefaultValues() {
        Suite countdown = SuiteCatalog.parse(LISTING).find("CountdownScaling").orElseThrow();
        assertEquals(2 * 2 * 6 * 3, countdown.combinations(Map.of()));
        assertEquals(2 * 2 * 1 * 2, countdown.combinations(Map.of("model", List.of("THREADS"),
                "workers", List.of("1", "2"))));
    }

    @Test
    void theIncludeRegexSelectsOnlyThatClass() {
        Suite countdown = SuiteCatalog.parse(LISTING).find("CountdownScaling").orElseThrow();
        assertTrue("io.github.parbench.jmh.CountdownScaling.strong".matches(countdown.includeRegex() + ".*"));
        assertFalse("io.github.parbench.jmh.CountdownScalingX.strong".matches(countdown.includeRegex() + ".*"));
    }
}
