package io.github.parbench.pool;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The lecture's Pool API on worker JVMs, and what the caller sees when things go wrong. */
@Timeout(30)
class ProcessPoolTest {

    @TempDir
    Path tmp;

    private static ProcessPool pool(int workers) {
        return ProcessPool.builder().workers(workers).tasks(TestTasks.class).start();
    }

    private static List<Long> range(int n) {
        return LongStream.range(0, n).boxed().toList();
    }

    @AfterEach
    void noChildLeft() throws InterruptedException {
        PoolTestSupport.assertNoChildLeft();
    }

    @Test
    void mapKeepsInputOrderWhateverTheChunkSize() {
        try (ProcessPool pool = pool(2)) {
            List<Long> expected = range(100).stream().map(x -> x * x).toList();
            assertEquals(expected, pool.map(TestTasks.SQUARE, range(100)));
            assertEquals(expected, pool.map(TestTasks.SQUARE, range(100), 7));
            assertEquals(expected, pool.map(TestTasks.SQUARE, range(100), 1000));
            assertEquals(List.of(), pool.map(TestTasks.SQUARE, List.of()));
        }
    }

    @Test
    void defaultChunkSizeIsCPythonsAndAChunkRunsOnOneWorker() {
        try (ProcessPool pool = pool(2)) {
            assertEquals(13, pool.defaultChunkSize(100)); // ceil(100 / (4 x 2))
            assertEquals(1, pool.defaultChunkSize(8));
            assertEquals(2, pool.defaultChunkSize(9));
            assertEquals(1, pool.defaultChunkSize(0));
            List<Integer> inputs = Collections.nCopies(40, 0);
            List<Long> pids = pool.map(TestTasks.PID, inputs, 10);
            for (int chunk = 0; chunk < 4; chunk++) {
                List<Long> chunkPids = pids.subList(chunk * 10, chunk * 10 + 10);
                assertEquals(1, new HashSet<>(chunkPids).size(), "chunk " + chunk + " was split: " + chunkPids);
            }
        }
    }

    @Test
    void codecsCarryStringsAndArraysBothWays() {
        try (ProcessPool pool = pool(1)) {
            String text = "grüße, 世界 " + "x".repeat(70_000); // past writeUTF's 64 KiB
            assertEquals(text.toUpperCase(Locale.ROOT), pool.apply(TestTasks.SHOUT, text));
            assertArrayEquals(new long[] {0, 3, 70_000},
                    pool.apply(TestTasks.LENGTHS, new byte[][] {{}, {1, 2, 3}, new byte[70_000]}));
        }
    }

    @Test
    void applyAsyncRunsItsCallbackBeforeTheFutureCompletes() throws Exception {
        try (ProcessPool pool = pool(2)) {
            AtomicReference<Long> seen = new AtomicReference<>();
            CompletableFuture<Long> f = pool.applyAsync(TestTasks.SQUARE, 12L, seen::set, e -> { });
            assertEquals(144L, f.get(10, TimeUnit.SECONDS));
            assertEquals(144L, seen.get());

            AtomicReference<Throwable> failed = new AtomicReference<>();
            CompletableFuture<Long> g = pool.applyAsync(TestTasks.FAIL, "no", x -> { }, failed::set);
            ExecutionException e = assertThrows(ExecutionException.class, () -> g.get(10, TimeUnit.SECONDS));
            assertInstanceOf(RemoteTaskException.class, e.getCause());
            assertEquals(e.getCause(), failed.get());

            AtomicReference<List<Long>> all = new AtomicReference<>();
            assertEquals(List.of(0L, 1L, 4L), pool.mapAsync(TestTasks.SQUARE, range(3), 1, all::set, null)
                    .get(10, TimeUnit.SECONDS));
            assertEquals(List.of(0L, 1L, 4L), all.get());
        }
    }

    @Test
    void imapUnorderedYieldsEveryResultOnce() {
        try (ProcessPool pool = pool(2)) {
            List<Long> got = new ArrayList<>();
            Iterator<Long> it = pool.imapUnordered(TestTasks.SQUARE, range(50), 4);
            it.forEachRemaining(got::add);
            Collections.sort(got);
            assertEquals(range(50).stream().map(x -> x * x).toList(), got);
        }
    }

    @Test
    void aTaskThatThrowsComesBackWithTheWorkersMessageAndStack() {
        try (ProcessPool pool = pool(1)) {
            RemoteTaskException e = assertThrows(RemoteTaskException.class, () -> pool.apply(TestTasks.FAIL, "boom"));
            assertEquals("java.lang.IllegalStateException", e.remoteType());
            assertEquals("boom", e.remoteMessage());
            assertTrue(e.getMessage().contains("test.fail") && e.getMessage().contains("boom"), e.getMessage());
            assertTrue(e.remoteStackTrace().contains("TestTasks") && e.remoteStackTrace().contains("WorkerMain"),
                    e.remoteStackTrace());
            assertTrue(e.toString().contains("--- worker stack ---"), e.toString());
            // A map fails with its first failing chunk's error.
            assertThrows(RemoteTaskException.class, () -> pool.map(TestTasks.FAIL, List.of("a", "b")));
            assertEquals(9L, pool.apply(TestTasks.SQUARE, 3L), "the worker survives its task's exception");
        }
    }

    @Test
    void anUnknownTaskIsAnErrorReplyAndTheWorkerLivesOn() {
        try (ProcessPool pool = pool(1)) {
            long pid = pool.apply(TestTasks.PID, 0);
            RemoteTaskException e = assertThrows(RemoteTaskException.class, () -> pool.apply(TestTasks.UNREGISTERED, 1L));
            assertTrue(e.remoteMessage().contains("unknown task 'test.unregistered'"), e.remoteMessage());
            assertEquals(pid, pool.apply(TestTasks.PID, 0), "the same worker answers after the unknown task");
        }
    }

    @Test
    void aThrowingCallbackIsReportedAndDoesNotWedgeThePool() throws Exception {
        List<Throwable> reported = new CopyOnWriteArrayList<>();
        try (ProcessPool pool = ProcessPool.builder().workers(1).tasks(TestTasks.class)
                .callbackErrors(reported::add).start()) {
            CompletableFuture<Long> f = pool.applyAsync(TestTasks.SQUARE, 5L, x -> {
                throw new IllegalArgumentException("callback bug");
            }, null);
            assertEquals(25L, f.get(10, TimeUnit.SECONDS), "the result is still delivered");
            assertEquals(1, reported.size());
            assertEquals("callback bug", reported.get(0).getCause().getMessage());
            assertEquals(36L, pool.apply(TestTasks.SQUARE, 6L));
        }
    }

    @Test
    void maxTasksPerChildReplacesTheWorker() {
        try (ProcessPool pool = ProcessPool.builder().workers(1).maxTasksPerChild(2).tasks(TestTasks.class).start()) {
            List<Long> pids = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                pids.add(pool.apply(TestTasks.PID, i));
            }
            assertEquals(pids.get(0), pids.get(1));
            assertNotEquals(pids.get(1), pids.get(2));
            assertEquals(pids.get(2), pids.get(3));
            assertNotEquals(pids.get(3), pids.get(4));
        }
    }

    @Test
    void theInitializerRunsOnEveryFreshWorker() {
        try (ProcessPool pool = ProcessPool.builder().workers(1).maxTasksPerChild(1).tasks(TestTasks.class)
                .initializer(TestTasks.INIT, "hello").start()) {
            assertEquals("hello", pool.apply(TestTasks.GREETING, 0));
            assertEquals("hello", pool.apply(TestTasks.GREETING, 1), "the replacement worker was initialized too");
        }
    }

    @Test
    void aFailingInitializerFailsThePoolInsteadOfLoopingOrHanging() {
        ProcessPool pool = ProcessPool.builder().workers(2).tasks(TestTasks.class)
                .initializer(TestTasks.UNREGISTERED, 1L).start();
        try {
            PoolTerminatedException e = assertThrows(PoolTerminatedException.class, () -> pool.apply(TestTasks.SQUARE, 2L));
            assertInstanceOf(RemoteTaskException.class, e.getCause(), e.toString());
            assertThrows(IllegalStateException.class, () -> pool.apply(TestTasks.SQUARE, 2L));
        } finally {
            pool.terminate();
        }
    }

    @Test
    void closeFinishesQueuedWorkThenRefusesMore() throws Exception {
        ProcessPool pool = pool(2);
        assertThrows(IllegalStateException.class, pool::join, "join before close");
        CompletableFuture<List<Long>> f = pool.mapAsync(TestTasks.SQUARE, range(200), 5, null, null);
        pool.close();
        assertTrue(f.isDone(), "close returned before the queued work finished");
        assertEquals(200, f.get().size());
        assertThrows(IllegalStateException.class, () -> pool.apply(TestTasks.SQUARE, 1L));
        assertEquals(List.of(), pool.workerPids());
        pool.join(); // after close: returns at once
    }

    @Test
    void terminateFailsRunningAndQueuedWorkPromptly() throws Exception {
        ProcessPool pool = pool(1);
        Path marker = tmp.resolve("running");
        CompletableFuture<Long> running = pool.applyAsync(TestTasks.MARK_THEN_SLEEP, marker.toString());
        CompletableFuture<Long> queued = pool.applyAsync(TestTasks.SQUARE, 3L);
        PoolTestSupport.awaitFile(marker, 10_000);
        pool.terminate();
        for (CompletableFuture<Long> f : List.of(running, queued)) {
            ExecutionException e = assertThrows(ExecutionException.class, () -> f.get(5, TimeUnit.SECONDS));
            assertInstanceOf(PoolTerminatedException.class, e.getCause());
        }
        assertThrows(IllegalStateException.class, () -> pool.apply(TestTasks.SQUARE, 1L));
        pool.join();
    }

    @Test
    void aStrayPrintlnInATaskGoesToStderrNotIntoTheProtocol() {
        try (ProcessPool pool = pool(1)) {
            assertEquals(List.of("A", "B"), pool.map(TestTasks.SHOUT, List.of("a", "b")));
        }
    }

    @Test
    void workerPidsAreTheLiveChildren() {
        try (ProcessPool pool = pool(2)) {
            Set<Long> seen = new HashSet<>(pool.map(TestTasks.PID, Collections.nCopies(8, 0), 1));
            assertTrue(pool.workerPids().containsAll(seen), seen + " not in " + pool.workerPids());
        }
    }

    @Test
    void applyFromManyThreadsBesideAMapGetsEveryAnswerRight() throws Exception {
        try (ProcessPool pool = pool(2)) {
            CompletableFuture<List<Long>> map = pool.mapAsync(TestTasks.SQUARE, range(500), 3, null, null);
            List<CompletableFuture<Void>> callers = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                long base = t * 1000L;
                callers.add(CompletableFuture.runAsync(() -> {
                    for (long x = base; x < base + 100; x++) {
                        assertEquals(x * x, pool.apply(TestTasks.SQUARE, x));
                    }
                }));
            }
            CompletableFuture.allOf(callers.toArray(CompletableFuture[]::new)).get(20, TimeUnit.SECONDS);
            assertEquals(range(500).stream().map(x -> x * x).toList(), map.get(20, TimeUnit.SECONDS));
        }
    }

    @Test
    void terminateEndsAnApplyRunningOnTheCallersThread() throws Exception {
        ProcessPool pool = pool(1);
        Path marker = tmp.resolve("running");
        CompletableFuture<Long> caller = CompletableFuture.supplyAsync(
                () -> pool.apply(TestTasks.MARK_THEN_SLEEP, marker.toString()));
        PoolTestSupport.awaitFile(marker, 10_000);
        pool.terminate();
        ExecutionException e = assertThrows(ExecutionException.class, () -> caller.get(5, TimeUnit.SECONDS));
        assertInstanceOf(PoolTerminatedException.class, e.getCause());
        pool.join();
    }

    @Test
    void terminateFailsAJobTheSlotTookWhileAnApplyHeldItsWorker() throws Exception {
        ProcessPool pool = pool(1);
        assertEquals(1L, pool.apply(TestTasks.SQUARE, 1L), "the worker is up and the slot idle");
        Path marker = tmp.resolve("running");
        // With nothing queued, apply runs on the caller's thread and holds the slot's worker.
        CompletableFuture<Long> caller = CompletableFuture.supplyAsync(
                () -> pool.apply(TestTasks.MARK_THEN_SLEEP, marker.toString()));
        PoolTestSupport.awaitFile(marker, 10_000);
        CompletableFuture<Long> queued = pool.applyAsync(TestTasks.SQUARE, 3L);
        // The slot thread takes the job, then waits for the worker the caller holds.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (pool.queuedJobs() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertEquals(0, pool.queuedJobs(), "the slot thread never took the job");
        pool.terminate();
        for (CompletableFuture<Long> f : List.of(caller, queued)) {
            ExecutionException e = assertThrows(ExecutionException.class, () -> f.get(10, TimeUnit.SECONDS));
            assertInstanceOf(PoolTerminatedException.class, e.getCause());
        }
        pool.join();
    }
}
