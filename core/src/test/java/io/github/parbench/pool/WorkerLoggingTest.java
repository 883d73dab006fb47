package io.github.parbench.pool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * HotSpot writes its logs to the worker's stdout: they must not get in the protocol's way, and
 * they must reach a human, each line naming its worker.
 */
@Timeout(30)
class WorkerLoggingTest {

    @AfterEach
    void noChildLeft() throws InterruptedException {
        PoolTestSupport.assertNoChildLeft();
    }

    @ParameterizedTest
    @CsvSource({"-Xlog:gc*, [gc", "-verbose:gc, [gc", "-Xlog:os=info, [os"})
    void workersLoggingToStdoutStillAnswerAndTheirLogIsPassedOn(String logging, String tag) {
        List<String> output = new CopyOnWriteArrayList<>();
        long pid;
        try (ProcessPool pool = ProcessPool.builder().workers(1).jvmOptions(logging).tasks(TestTasks.class)
                .workerOutput(output::add).start()) {
            assertEquals(List.of(0L, 1L, 4L, 9L), pool.map(TestTasks.SQUARE, List.of(0L, 1L, 2L, 3L)));
            assertEquals(49L, pool.apply(TestTasks.SQUARE, 7L));
            pid = pool.apply(TestTasks.PID, 0);
        }
        // The pool has closed: the worker has exited and its last line has been read.
        assertTrue(output.stream().anyMatch(line -> line.startsWith("worker 1 (pid " + pid + "): ") && line.contains(tag)),
                "no " + tag + " line from the worker: " + output);
    }

    @Test
    void aTasksPrintlnReachesTheOutputHandlerNamingTheWorker() {
        List<String> output = new CopyOnWriteArrayList<>();
        long pid;
        try (ProcessPool pool = ProcessPool.builder().workers(1).tasks(TestTasks.class).workerOutput(output::add).start()) {
            assertEquals("A", pool.apply(TestTasks.SHOUT, "a"));
            pid = pool.apply(TestTasks.PID, 0);
        }
        assertEquals(List.of("worker 1 (pid " + pid + "): a task that prints writes to the worker's stdout, not into the protocol"), output);
    }

    @Test
    void aTaskReadingStdinGetsEndOfFileNotThePoolsRequests() {
        try (ProcessPool pool = ProcessPool.builder().workers(1).tasks(TestTasks.class).start()) {
            assertEquals(-1, pool.apply(TestTasks.READ_STDIN, 0));
            assertEquals(List.of(1L, 4L), pool.map(TestTasks.SQUARE, List.of(1L, 2L)));
        }
    }
}
