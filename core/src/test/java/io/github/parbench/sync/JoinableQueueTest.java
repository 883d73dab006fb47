package io.github.parbench.sync;

import static io.github.parbench.sync.Elapsed.assertGivesUpAfter;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(20)
class JoinableQueueTest {

    @Test
    void everyPutIsAnUnfinishedTaskUntilMarkedDoneNotMerelyTaken() throws InterruptedException {
        JoinableQueue<String> q = new JoinableQueue<>();
        q.put("a");
        q.put("b");
        q.put("c");
        assertEquals(3, q.size());
        assertEquals(3, q.unfinishedTasks());
        assertEquals("a", q.take());
        assertEquals("b", q.poll(1, TimeUnit.SECONDS));
        assertEquals(1, q.size());
        assertEquals(3, q.unfinishedTasks(), "taking an item does not finish it");
        q.taskDone();
        q.taskDone();
        assertEquals(1, q.unfinishedTasks());
        assertGivesUpAfter(100, q::join);
        assertEquals("c", q.take());
        q.taskDone();
        assertEquals(0, q.unfinishedTasks());
        assertTrue(q.join(0, TimeUnit.MILLISECONDS));
        q.join();
    }

    @Test
    void taskDoneMoreTimesThanItemsWerePutIsAnError() throws InterruptedException {
        JoinableQueue<Integer> q = new JoinableQueue<>();
        assertThrows(IllegalStateException.class, q::taskDone);
        q.put(1);
        q.take();
        q.taskDone();
        assertThrows(IllegalStateException.class, q::taskDone);
        assertEquals(0, q.unfinishedTasks());
    }

    @Test
    void aRefusedNullLeavesNoUnfinishedTaskBehind() throws InterruptedException {
        JoinableQueue<String> q = new JoinableQueue<>();
        assertThrows(NullPointerException.class, () -> q.put(null));
        assertEquals(0, q.unfinishedTasks(), "the refused item was counted as a task");
        assertTrue(q.join(1, TimeUnit.SECONDS), "join waits for an item that was never queued");
    }

    @Test
    void pollOnAnEmptyQueueGivesUpAfterTheTimeout() throws InterruptedException {
        JoinableQueue<Integer> q = new JoinableQueue<>();
        long start = System.nanoTime();
        assertNull(q.poll(100, TimeUnit.MILLISECONDS));
        assertTrue(System.nanoTime() - start >= TimeUnit.MILLISECONDS.toNanos(80));
    }

    @Test
    void aCapacityBelowOneIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new JoinableQueue<>(0));
        assertTrue(e.getMessage().contains("0"), e.getMessage());
    }

    @Test
    void joinReturnsOnlyAfterTheConsumerMarkedEveryItemDone() throws Exception {
        JoinableQueue<Integer> q = new JoinableQueue<>(4);
        List<Integer> finished = new ArrayList<>();
        try (InAnotherThread<Void> consumer = InAnotherThread.start(() -> {
            for (int i = 0; i < 100; i++) {
                Integer item = q.take();
                synchronized (finished) {
                    finished.add(item);
                }
                q.taskDone();
            }
            return null;
        })) {
            for (int i = 0; i < 100; i++) {
                q.put(i);
            }
            assertTrue(q.join(10, TimeUnit.SECONDS));
            synchronized (finished) {
                assertEquals(100, finished.size(), "join returned before every item was finished");
                for (int i = 0; i < 100; i++) {
                    assertEquals(i, finished.get(i));
                }
            }
            consumer.result();
        }
    }
}
