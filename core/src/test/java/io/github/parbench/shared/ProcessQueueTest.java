package io.github.parbench.shared;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(30)
class ProcessQueueTest {

    @TempDir
    Path dir;

    @Test
    void messagesUpToTheLimitArriveWholeAndInOrder() {
        Path fifo = ProcessQueue.create(dir.resolve("q"));
        byte[] largest = new byte[ProcessQueue.MAX_MESSAGE_BYTES];
        largest[0] = 1;
        largest[largest.length - 1] = 2;
        try (ProcessQueue.Consumer consumer = ProcessQueue.consumer(fifo);
             ProcessQueue.Producer producer = ProcessQueue.producer(fifo)) {
            producer.put("first");
            producer.put(new byte[0]);
            producer.put(largest);
            assertEquals("first", consumer.takeString());
            assertEquals(0, consumer.take().length);
            assertArrayEquals(largest, consumer.take());
        }
    }

    @Test
    void aMessageTooLargeForOneAtomicWriteIsRefused() {
        Path fifo = ProcessQueue.create(dir.resolve("q"));
        try (ProcessQueue.Consumer consumer = ProcessQueue.consumer(fifo);
             ProcessQueue.Producer producer = ProcessQueue.producer(fifo)) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> producer.put(new byte[ProcessQueue.MAX_MESSAGE_BYTES + 1]));
            assertTrue(e.getMessage().contains("exceeds"), e.getMessage());
            producer.put("still usable");
            assertEquals("still usable", consumer.takeString());
        }
    }

    @Test
    void badPathsSayWhatIsWrong() throws Exception {
        Path file = Files.writeString(dir.resolve("plain"), "x");
        assertThrows(IllegalArgumentException.class, () -> ProcessQueue.create(file));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ProcessQueue.consumer(file));
        assertTrue(e.getMessage().contains("not a named pipe"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> ProcessQueue.producer(dir.resolve("none")));
        assertTrue(e.getMessage().contains("no queue"), e.getMessage());
    }

    @Test
    void pollGivesUpWhenNoMessageComes() throws Exception {
        Path fifo = ProcessQueue.create(dir.resolve("q"));
        try (ProcessQueue.Consumer consumer = ProcessQueue.consumer(fifo)) {
            try (ProcessQueue.Producer producer = ProcessQueue.producer(fifo)) {
                producer.put("last words"); // then it is gone, without a pill
            }
            assertEquals("last words", consumer.pollString(5, TimeUnit.SECONDS));
            long start = System.nanoTime();
            assertNull(consumer.poll(200, TimeUnit.MILLISECONDS));
            assertTrue(System.nanoTime() - start >= TimeUnit.MILLISECONDS.toNanos(200), "gave up early");
        }
    }

    @Test
    void aProducerGivesUpWhenNoConsumerOpensTheQueueAndLeavesNoThread() throws Exception {
        Path fifo = ProcessQueue.create(dir.resolve("q"));
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> ProcessQueue.producer(fifo, Duration.ofMillis(200)));
        assertTrue(e.getMessage().contains("no consumer opened queue " + fifo + " within 200 ms"), e.getMessage());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (openers() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertEquals(0, openers(), "the thread that waited to open the queue is still there");
        // The queue still works for a consumer that comes later.
        try (ProcessQueue.Consumer consumer = ProcessQueue.consumer(fifo);
             ProcessQueue.Producer producer = ProcessQueue.producer(fifo, Duration.ofSeconds(5))) {
            producer.put("late");
            assertEquals("late", consumer.takeString());
        }
    }

    private static long openers() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("parbench-queue-open")).count();
    }
}
