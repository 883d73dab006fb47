package io.github.parbench.pool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.parbench.process.Children;
import java.nio.file.Files;
import java.nio.file.Path;

/** Waiting helpers for tests that watch processes: every wait has a deadline. */
final class PoolTestSupport {

    private PoolTestSupport() {
    }

    static void awaitFile(Path file, long timeoutMs) throws InterruptedException {
        long deadline = System.nanoTime() + timeoutMs * 1_000_000;
        while (!Files.exists(file)) {
            if (System.nanoTime() > deadline) {
                fail("no " + file + " after " + timeoutMs + " ms: the task never started");
            }
            Thread.sleep(10);
        }
    }

    /** Every child JVM this test JVM started has exited (give a just-killed one a moment to be reaped). */
    static void assertNoChildLeft() throws InterruptedException {
        long deadline = System.nanoTime() + 3_000_000_000L;
        while (Children.liveCount() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertEquals(0, Children.liveCount(), "child JVMs still alive");
        assertEquals(0, ProcessHandle.current().children().filter(ProcessHandle::isAlive).count(),
                "child processes still alive");
    }
}
