package io.github.parbench.pool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A worker that dies (SIGKILL, {@code System.exit}, out of memory) fails the work it was running
 * with a {@link BrokenPoolException} naming it and its exit status, is replaced, and the pool goes
 * on; CPython's Pool waits forever here (cpython#96062).
 */
@Timeout(30)
class BrokenWorkerTest {

    /** Far more than the pool needs to notice a closed pipe; only a hang reaches it. */
    private static final long NOT_A_HANG_S = 10;

    @TempDir
    Path tmp;

    @AfterEach
    void noChildLeft() throws InterruptedException {
        PoolTestSupport.assertNoChildLeft();
    }

    @Test
    void aWorkerKilledMidTaskFailsThatTaskAndIsReplaced() throws Exception {
        try (ProcessPool pool = ProcessPool.builder().workers(1).tasks(TestTasks.class).start()) {
            Path marker = tmp.resolve("running");
            CompletableFuture<Long> running = pool.applyAsync(TestTasks.MARK_THEN_SLEEP, marker.toString());
            CompletableFuture<Long> queued = pool.applyAsync(TestTasks.SQUARE, 4L);
            PoolTestSupport.awaitFile(marker, 10_000);
            long victim = pool.workerPids().get(0);
            long killedAt = System.nanoTime();
            ProcessHandle.of(victim).orElseThrow().destroyForcibly();

            ExecutionException e = assertThrows(ExecutionException.class, () -> running.get(NOT_A_HANG_S, TimeUnit.SECONDS));
            long noticedMs = (System.nanoTime() - killedAt) / 1_000_000;
            BrokenPoolException broken = assertInstanceOf(BrokenPoolException.class, e.getCause());
            String message = broken.getMessage();
            assertTrue(message.contains("worker 1 (pid " + victim + ")") && message.contains("exit status 137 (SIGKILL)")
                    && message.contains("test.markThenSleep"), message + " (noticed after " + noticedMs + " ms)");
            System.out.println("SIGKILLed worker reported to the caller after " + noticedMs + " ms: " + message);

            assertEquals(16L, queued.get(NOT_A_HANG_S, TimeUnit.SECONDS), "queued work runs on the replacement");
            long replacement = pool.apply(TestTasks.PID, 0);
            assertNotEquals(victim, replacement);
        }
    }

    @Test
    void aWorkerThatDiesIdleIsReplacedWithoutFailingTheNextTask() throws Exception {
        try (ProcessPool pool = ProcessPool.builder().workers(1).tasks(TestTasks.class).start()) {
            long victim = pool.apply(TestTasks.PID, 0);
            ProcessHandle handle = ProcessHandle.of(victim).orElseThrow();
            handle.destroyForcibly();
            handle.onExit().get(NOT_A_HANG_S, TimeUnit.SECONDS);
            assertEquals(49L, pool.apply(TestTasks.SQUARE, 7L));
            assertNotEquals(victim, pool.apply(TestTasks.PID, 0));
        }
    }

    @Test
    void aTaskCallingSystemExitBreaksOnlyItsOwnCall() {
        try (ProcessPool pool = ProcessPool.builder().workers(2).tasks(TestTasks.class).start()) {
            BrokenPoolException e = assertThrows(BrokenPoolException.class, () -> pool.apply(TestTasks.EXIT, 7));
            assertTrue(e.getMessage().contains("died with exit status 7 while running task 'test.exit'"), e.getMessage());
            assertEquals(List.of(0L, 1L, 4L, 9L), pool.map(TestTasks.SQUARE, List.of(0L, 1L, 2L, 3L), 1));
        }
    }

    @Test
    void aMapWhoseChunksGoFromTheCallersThreadFailsWhenItsWorkersDieAndThePoolGoesOn() {
        try (ProcessPool pool = ProcessPool.builder().workers(2).tasks(TestTasks.class).start()) {
            // Both workers up and initialized, so map sends both chunks from this thread.
            assertEquals(2, new java.util.HashSet<>(pool.map(TestTasks.PID, List.of(0, 0), 1)).size());
            BrokenPoolException e = assertThrows(BrokenPoolException.class,
                    () -> pool.map(TestTasks.EXIT, List.of(9, 9), 1));
            assertTrue(e.getMessage().contains("died with exit status 9"), e.getMessage());
            assertEquals(List.of(0L, 1L, 4L, 9L), pool.map(TestTasks.SQUARE, List.of(0L, 1L, 2L, 3L), 1));
            assertEquals(2, pool.workerPids().size(), "the dead workers were replaced");
        }
    }

    @Test
    void aWorkerOutOfMemoryDiesAndIsReported() {
        try (ProcessPool pool = ProcessPool.builder().workers(1).jvmOptions("-Xmx32m").tasks(TestTasks.class).start()) {
            BrokenPoolException e = assertThrows(BrokenPoolException.class, () -> pool.apply(TestTasks.HOARD, 256));
            // -XX:+ExitOnOutOfMemoryError makes the JVM exit with status 3.
            assertTrue(e.getMessage().contains("died with exit status 3 while running task 'test.hoard'"), e.getMessage());
            assertEquals(4L, pool.apply(TestTasks.SQUARE, 2L));
        }
    }
}
