package io.github.parbench.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.parbench.pool.BrokenPoolException;
import io.github.parbench.process.Children;
import io.github.parbench.workload.Countdown;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A child killed mid-run fails the run with a clear exception, never a hang, and leaves nothing behind. */
class ProcessModelFailureTest {

    /**
     * 20 billion steps per part: about 7.6 s at the 0.38 ns a step SERIAL countdown took in
     * results/vm-20261202-063321 (19.0 ms for 50M), far longer than the test waits before killing.
     */
    private static final long N = 40_000_000_000L;

    @ParameterizedTest
    @EnumSource(value = Model.class, names = {"PROCESS_SPAWN", "PROCESS_POOL"})
    @Timeout(30)
    void killingAWorkerMidRunFailsTheRunNamingTheWorker(Model model) throws Exception {
        try (ExecutionModel exec = model.open(2)) {
            CompletableFuture<Long> run = CompletableFuture.supplyAsync(() -> exec.run(new Countdown(), N));
            // The last-started child (highest pid): PROCESS_SPAWN reads replies in start order, so
            // this is the death it would notice last if it only watched the pipe it is reading.
            ProcessHandle last = awaitBusyChildren(2).stream().max(Comparator.comparingLong(ProcessHandle::pid)).orElseThrow();
            long victim = last.pid();
            long killedAt = System.nanoTime();
            last.destroyForcibly();

            ExecutionException e = assertThrows(ExecutionException.class, () -> run.get(10, TimeUnit.SECONDS));
            System.out.println(model + ": run failed " + (System.nanoTime() - killedAt) / 1_000_000
                    + " ms after the kill: " + e.getCause().getMessage());
            BrokenPoolException broken = assertInstanceOf(BrokenPoolException.class, e.getCause());
            assertTrue(broken.getMessage().contains("(pid " + victim + ") died with exit status 137 (SIGKILL)"),
                    broken.getMessage());
        }
        long deadline = System.nanoTime() + 3_000_000_000L;
        while (Children.liveCount() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertEquals(0, Children.liveCount(), "children alive after close");
    }

    /** The test JVM's children once n of them are up and have burnt some CPU (booted, computing). */
    private static List<ProcessHandle> awaitBusyChildren(int n) throws InterruptedException {
        long deadline = System.nanoTime() + 15_000_000_000L;
        while (System.nanoTime() < deadline) {
            List<ProcessHandle> children = ProcessHandle.current().children().filter(ProcessHandle::isAlive).toList();
            if (children.size() == n && children.stream().allMatch(ProcessModelFailureTest::pastBoot)) {
                return children;
            }
            Thread.sleep(20);
        }
        fail("the run's " + n + " child JVMs did not start");
        return List.of();
    }

    /** More CPU than a JVM start takes; with the computation under way it is reached quickly. */
    private static boolean pastBoot(ProcessHandle p) {
        return p.info().totalCpuDuration().map(d -> d.toMillis() > 500).orElse(false);
    }
}
