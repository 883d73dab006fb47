package io.github.parbench.lessons.threads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.parbench.sync.BoundedSemaphore;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code Semaphore(3)}: of 100 threads only 3 are ever inside the guarded region at once. The
 * first three wait in the region until all three are in, so "it reached 3" is certain and never
 * depends on how the threads happen to be scheduled; "never above 3" is checked on every entry.
 */
class SemaphoreLimitsConcurrencyTest {

    private static final int PERMITS = 3;
    private static final int THREADS = 100;

    /** The two semaphores behind one face: acquire and release a permit. */
    interface Permits {
        void acquire() throws InterruptedException;

        void release();
    }

    static Stream<Arguments> semaphores() {
        Semaphore plain = new Semaphore(PERMITS);
        BoundedSemaphore bounded = new BoundedSemaphore(PERMITS);
        return Stream.of(
                Arguments.of("Semaphore(3)", new Permits() {
                    public void acquire() throws InterruptedException {
                        plain.acquire();
                    }

                    public void release() {
                        plain.release();
                    }
                }),
                Arguments.of("BoundedSemaphore(3)", new Permits() {
                    public void acquire() throws InterruptedException {
                        bounded.acquire();
                    }

                    public void release() {
                        bounded.release();
                    }
                }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("semaphores")
    @Timeout(30)
    void aSemaphoreOfThreeLetsExactlyThreeOfAHundredThreadsIntoTheRegionAtOnce(String name, Permits permits)
            throws Exception {
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger maxInside = new AtomicInteger();
        AtomicInteger passed = new AtomicInteger();
        CountDownLatch firstThreeInside = new CountDownLatch(PERMITS);
        try (StartedThreads threads = new StartedThreads()) {
            for (int i = 0; i < THREADS; i++) {
                threads.start("region-" + i, () -> {
                    try {
                        permits.acquire();
                        try {
                            maxInside.accumulateAndGet(inside.incrementAndGet(), Math::max);
                            firstThreeInside.countDown();
                            // Bounded so that a broken semaphore fails the assertions, not the timeout.
                            firstThreeInside.await(10, TimeUnit.SECONDS);
                            Thread.yield(); // linger, giving a fourth thread every chance to get in
                            inside.decrementAndGet();
                        } finally {
                            permits.release();
                        }
                        passed.incrementAndGet();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
            }
            assertTrue(threads.joinAll(20_000), "all threads pass the region");
        }
        assertEquals(THREADS, passed.get());
        assertEquals(PERMITS, maxInside.get(), name + ": reached 3 and never more");
    }
}
