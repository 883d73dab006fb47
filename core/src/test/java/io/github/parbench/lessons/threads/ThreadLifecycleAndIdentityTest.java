package io.github.parbench.lessons.threads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code threading.Thread}'s life on the JVM: {@code start}, {@code is_alive}, {@code join};
 * {@code name} and {@code ident}; {@code main_thread}, {@code active_count} and
 * {@code enumerate}; a subclass overriding {@code run} against a thread given a target.
 */
@Timeout(20)
class ThreadLifecycleAndIdentityTest {

    @Test
    void aThreadIsNewBeforeStartRunnableWhileWorkingWaitingWhenBlockedAndTerminatedAfterJoin() throws Exception {
        AtomicBoolean working = new AtomicBoolean(true);
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch gate = new CountDownLatch(1);
        Thread t = new Thread(() -> {
            started.countDown();
            while (working.get()) {
                Thread.onSpinWait(); // busy in Java code: RUNNABLE even while the OS preempts it
            }
            try {
                gate.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "lifecycle");
        assertEquals(Thread.State.NEW, t.getState());
        assertFalse(t.isAlive(), "not alive before start");
        t.start();
        try {
            assertTrue(started.await(10, TimeUnit.SECONDS));
            assertTrue(t.isAlive());
            assertEquals(Thread.State.RUNNABLE, t.getState());

            working.set(false);
            awaitState(t, Thread.State.WAITING);
            assertTrue(t.isAlive(), "a waiting thread is still alive");

            gate.countDown();
            t.join(10_000);
            assertEquals(Thread.State.TERMINATED, t.getState());
            assertFalse(t.isAlive());
        } finally {
            t.interrupt();
            t.join(5_000);
        }
    }

    @Test
    void threadsHaveNamesAndUniqueIdsAndLiveThreadsCanBeEnumerated() throws Exception {
        Thread unnamed = new Thread(() -> { });
        assertTrue(unnamed.getName().matches("Thread-\\d+"), "default name: " + unnamed.getName());
        CountDownLatch release = new CountDownLatch(1);
        try (StartedThreads threads = new StartedThreads()) {
            Runnable parked = () -> {
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            };
            Thread first = threads.start("worker-1", parked);
            Thread second = threads.start("worker-2", parked);
            assertEquals("worker-1", first.getName());
            assertNotEquals(first.getId(), second.getId(), "ids are unique");
            assertNotEquals(Thread.currentThread().getId(), first.getId());

            // enumerate(): the live threads include ours while they run ...
            assertTrue(liveThreads().containsAll(Set.of(first, second)));
            assertTrue(Thread.activeCount() >= 3, "this thread and the two workers");

            release.countDown();
            assertTrue(threads.joinAll(10_000));
            // ... and not once they ended.
            Set<Thread> after = liveThreads();
            assertFalse(after.contains(first) || after.contains(second));
        }
    }

    @Test
    void theMainThreadIsTheNonDaemonThreadTheJvmStartedWith() {
        Thread main = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("main"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no live thread named main: " + liveThreads()));
        assertTrue(main.isAlive());
        assertFalse(main.isDaemon(), "main is not a daemon: the JVM lives while it runs");
        assertTrue(main.getThreadGroup() != null && main.getThreadGroup().getName().equals("main"));
    }

    @Test
    void aSubclassOverridingRunAndAThreadWithATargetBothRunTheirCodeOnceInTheNewThread() throws Exception {
        AtomicReference<Thread> ranOnSubclass = new AtomicReference<>();
        AtomicReference<Thread> ranOnTarget = new AtomicReference<>();
        Thread subclass = new Thread("subclass") {
            @Override
            public void run() {
                ranOnSubclass.set(Thread.currentThread());
            }
        };
        Thread withTarget = new Thread(() -> ranOnTarget.set(Thread.currentThread()), "target");
        for (Thread t : List.of(subclass, withTarget)) {
            t.start();
        }
        subclass.join(10_000);
        withTarget.join(10_000);
        assertSame(subclass, ranOnSubclass.get());
        assertSame(withTarget, ranOnTarget.get());

        // A thread starts only once (Python: RuntimeError).
        assertThrows(IllegalThreadStateException.class, subclass::start);

        // Calling run() directly starts nothing: the code runs in the caller's thread.
        subclass.run();
        assertSame(Thread.currentThread(), ranOnSubclass.get());
        assertNotSame(subclass, ranOnSubclass.get());
    }

    private static Set<Thread> liveThreads() {
        Thread[] room = new Thread[Thread.activeCount() + 16];
        int n = Thread.enumerate(room);
        return Set.copyOf(Arrays.asList(room).subList(0, n));
    }

    private static void awaitState(Thread t, Thread.State expected) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (t.getState() != expected) {
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError(t.getName() + " never reached " + expected + ", is " + t.getState());
            }
            Thread.sleep(1);
        }
    }
}
