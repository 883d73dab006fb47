package io.github.parbench.pool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A request or result over the frame limit is the caller's error, named with its size and the
 * limit, and costs no worker.
 */
@Timeout(60)
class OversizeFrameTest {

    private static final Pattern SIZE_AND_LIMIT =
            Pattern.compile("is \\d+ bytes, over the frame limit of " + Frames.MAX_PAYLOAD + " bytes \\(64 MiB\\)");

    @AfterEach
    void noChildLeft() throws InterruptedException {
        PoolTestSupport.assertNoChildLeft();
    }

    @Test
    void aResultOverTheLimitIsAnErrorReplyAndTheWorkerLivesOn() {
        try (ProcessPool pool = ProcessPool.builder().workers(1).tasks(TestTasks.class).start()) {
            long pid = pool.apply(TestTasks.PID, 0);
            RemoteTaskException e = assertThrows(RemoteTaskException.class,
                    () -> pool.apply(TestTasks.BYTES, Frames.MAX_PAYLOAD));
            assertEquals(FrameTooLargeException.class.getName(), e.remoteType());
            assertTrue(e.getMessage().contains("the result of task 'test.bytes'"), e.getMessage());
            assertTrue(SIZE_AND_LIMIT.matcher(e.getMessage()).find(), e.getMessage());
            assertEquals(pid, pool.apply(TestTasks.PID, 0), "the same worker answers afterwards");
            assertEquals(1 << 20, pool.apply(TestTasks.BYTES, 1 << 20).length);
        }
    }

    @Test
    void aRequestOverTheLimitIsRefusedBeforeItIsSent() {
        try (ProcessPool pool = ProcessPool.builder().workers(1).tasks(TestTasks.class).start()) {
            long pid = pool.apply(TestTasks.PID, 0);
            byte[][] huge = {new byte[Frames.MAX_PAYLOAD]};
            PoolException e = assertThrows(PoolException.class, () -> pool.apply(TestTasks.LENGTHS, huge));
            assertFalse(e instanceof BrokenPoolException, e.toString());
            assertInstanceOf(FrameTooLargeException.class, e.getCause(), e.toString());
            assertTrue(e.getMessage().contains("the request for task 'test.lengths'"), e.getMessage());
            assertTrue(SIZE_AND_LIMIT.matcher(e.getMessage()).find(), e.getMessage());
            // The same for a chunk of a map, and through the queue.
            PoolException inMap = assertThrows(PoolException.class,
                    () -> pool.map(TestTasks.LENGTHS, List.of(huge, new byte[][] {{1}}), 2));
            assertTrue(SIZE_AND_LIMIT.matcher(inMap.getMessage()).find(), inMap.getMessage());
            assertEquals(pid, pool.apply(TestTasks.PID, 0), "no worker was harmed");
        }
    }

    @Test
    void anInitializerArgumentOverTheLimitIsRefusedAtStart() {
        String huge = "x".repeat(Frames.MAX_PAYLOAD);
        ProcessPool.Builder builder = ProcessPool.builder().workers(1).tasks(TestTasks.class).initializer(TestTasks.INIT, huge);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, builder::start);
        assertTrue(e.getMessage().contains("the initializer's argument cannot be sent"), e.getMessage());
        assertTrue(SIZE_AND_LIMIT.matcher(e.getMessage()).find(), e.getMessage());
    }
}
