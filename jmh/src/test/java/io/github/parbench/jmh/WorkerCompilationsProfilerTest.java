package io.github.parbench.jmh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.parbench.process.ChildJvm;
import io.github.parbench.process.JitCompilations;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/** The profiler counts what a child JVM compiled during an iteration as the workers', and the fork's own apart. */
class WorkerCompilationsProfilerTest {

    @Test
    @Timeout(60)
    void compilationsOfAChildJvmDuringTheIterationAreTheWorkers() throws Exception {
        WorkerCompilationsProfiler profiler = new WorkerCompilationsProfiler();
        profiler.beforeIteration(null, null);
        Process child = ChildJvm.start(ChildJvm.builder(CompilingChild.class, List.of(), List.of()));
        try {
            long seen = compiledSoFar(child.pid());
            Map<String, Double> results = byLabel(profiler.afterIteration(null, null, null));
            assertTrue(results.get(WorkerCompilationsProfiler.WORKERS) >= seen,
                    "the child compiled " + seen + " before the iteration ended: " + results);
            assertTrue(results.get(WorkerCompilationsProfiler.FORK) >= 0, results.toString());
        } finally {
            child.getOutputStream().close();
            if (!child.waitFor(10, TimeUnit.SECONDS)) {
                child.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    @Test
    void withoutChildJvmsTheWorkersCompiledNothing() {
        WorkerCompilationsProfiler profiler = new WorkerCompilationsProfiler();
        profiler.beforeIteration(null, null);
        Collection<? extends Result> results = profiler.afterIteration(null, null, null);
        assertEquals(0.0, byLabel(results).get(WorkerCompilationsProfiler.WORKERS), results.toString());
        for (Result r : results) {
            assertEquals("#", r.getScoreUnit());
            assertTrue(r instanceof ScalarResult, r.getClass().toString());
        }
    }

    /** Waits until the child's counter can be read and shows compilations; returns the count. */
    private static long compiledSoFar(long pid) throws InterruptedException {
        while (true) {
            try (JitCompilations counter = JitCompilations.of(pid)) {
                long count = counter.finished();
                if (count > 0) {
                    return count;
                }
            }
            Thread.sleep(20);
        }
    }

    private static Map<String, Double> byLabel(Collection<? extends Result> results) {
        return results.stream().collect(Collectors.toMap(Result::getLabel, Result::getScore));
    }
}
