package io.github.parbench.sync;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;

/**
 * Timed waits that give up: they must wait about as long as asked. Only a generous lower bound
 * is asserted; on a shared machine an upper bound would fail for reasons that are not bugs.
 */
final class Elapsed {

    interface TimedWait {
        boolean await(long timeout, TimeUnit unit) throws InterruptedException;
    }

    private Elapsed() {
    }

    /** Asserts that the wait returns false and took at least 80% of the timeout. */
    static void assertGivesUpAfter(long timeoutMillis, TimedWait wait) throws InterruptedException {
        long start = System.nanoTime();
        boolean result = wait.await(timeoutMillis, TimeUnit.MILLISECONDS);
        long tookMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertTrue(!result, "the timed wait should have given up");
        assertTrue(tookMillis >= timeoutMillis * 8 / 10,
                "gave up after " + tookMillis + " ms, asked to wait " + timeoutMillis + " ms");
    }
}
