package io.github.parbench.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.parbench.pool.BrokenPoolException;
import io.github.parbench.pool.ProcessPool;
import io.github.parbench.process.Children;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The pool example of docs/process-pool.md, compiled and run (outside the pool's package, so it
 * uses the public API only). Keep the two in step: the lines between the markers are that page's.
 */
class ReadmePoolExampleTest {

    @Test
    @Timeout(30)
    void theReadmeExampleRunsAsShown() throws Exception {
        AtomicReference<Throwable> killedWorkerError = new AtomicReference<>();
        // --- docs example starts ---
        try (ProcessPool pool = ProcessPool.builder().workers(2).tasks(MathTasks.class).start()) {
            List<Long> squares = pool.map(MathTasks.SQUARE, List.of(1L, 2L, 3L, 4L)); // [1, 4, 9, 16], in input order
            // --- docs example pauses ---
            assertEquals(List.of(1L, 4L, 9L, 16L), squares);
            // --- docs example resumes ---

            CompletableFuture<Long> f = pool.applyAsync(MathTasks.SQUARE, 12L,
                    r -> System.out.println("callback got " + r),           // runs before f completes
                    e -> System.err.println("failed: " + e));
            System.out.println(f.join());                                    // 144

            CompletableFuture<Long> slow = pool.applyAsync(MathTasks.SLEEP, 60_000L);
            Thread.sleep(500);
            pool.workerPids().forEach(pid -> ProcessHandle.of(pid).ifPresent(worker -> {
                worker.destroyForcibly();                                   // kill -9, as the OOM killer would
                worker.onExit().join();
            }));
            try {
                slow.join();
            } catch (CompletionException e) {
                System.out.println(e.getCause().getMessage());
                // --- docs example pauses ---
                killedWorkerError.set(e.getCause());
                // --- docs example resumes ---
            }
            long afterwards = pool.apply(MathTasks.SQUARE, 5L); // 25: the killed workers were replaced
            // --- docs example pauses ---
            assertEquals(25L, afterwards);
            // --- docs example resumes ---
        }
        // --- docs example ends ---
        BrokenPoolException broken = assertInstanceOf(BrokenPoolException.class, killedWorkerError.get());
        assertTrue(broken.getMessage().matches("worker \\d \\(pid \\d+\\) died with exit status 137 \\(SIGKILL\\) "
                + "while running task 'sleep'"), broken.getMessage());
        assertEquals(0, Children.liveCount());
    }
}
