package io.github.parbench.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.parbench.pool.BuiltinTasks;
import io.github.parbench.pool.ProcessPool;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The counters the harness's warm-up and its compilations-during-measurement rest on. */
@Timeout(60)
class JitCompilationsTest {

    @Test
    void thisJvmsCountGrowsWhenNewCodeGetsHot() throws Exception {
        try (JitCompilations self = JitCompilations.ofThisJvm()) {
            assertTrue(JitCompilations.whyUnavailable().isEmpty(), JitCompilations.whyUnavailable().orElse(""));
            long before = self.finished();
            assertTrue(before > 0, "a running JVM has compiled something, read " + before);
            long sink = 0;
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (self.finished() == before && System.nanoTime() < deadline) {
                sink += hot(sink); // C1 compiles it after a few hundred calls
            }
            assertTrue(self.finished() > before, "no compilation counted while a new method got hot (" + sink + ")");
        }
    }

    @Test
    void aWorkerJvmIsReadFromOutsideAndShowsItsOwnCompilations() {
        try (ProcessPool pool = ProcessPool.of(1)) {
            pool.apply(BuiltinTasks.ECHO, 1L); // booted and serving
            long pid = pool.workerPids().get(0);
            try (JitCompilations worker = JitCompilations.of(pid)) {
                assertTrue(worker.readable());
                long before = worker.finished();
                assertTrue(before > 0, "a worker that booted and answered has compiled something, read " + before);
                for (int i = 0; i < 20_000; i++) {
                    pool.apply(BuiltinTasks.ECHO, (long) i);
                }
                assertTrue(worker.finished() > before, "20,000 requests compiled nothing in the worker");
            }
        }
    }

    @Test
    void aJvmThatIsNotThereIsNotKnownRatherThanZero() {
        try (JitCompilations gone = JitCompilations.of(Long.MAX_VALUE)) {
            assertFalse(gone.readable());
            assertEquals(-1, gone.finished());
        }
    }

    private static long hot(long x) {
        return (x * 31 + 7) % 1_000_003;
    }
}
