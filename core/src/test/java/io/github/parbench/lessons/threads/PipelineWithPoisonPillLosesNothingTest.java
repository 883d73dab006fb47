package io.github.parbench.lessons.threads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The lecture's pipeline: stages connected by queues, a producer at the front, a consumer at the
 * end, and shutdown by a poison pill that follows the last item down the line. Every item passes
 * every stage exactly once, in stage order, and none is lost at shutdown, also through a stage
 * that has several workers (where the pill has to be shared out among them).
 */
class PipelineWithPoisonPillLosesNothingTest {

    private static final int ITEMS = 20_000;
    /** Identity matters: only this object ends a stage. */
    private static final Object POISON = new Object();

    /** An item and the stages it has been through so far. */
    record Item(int id, List<String> trail) {
        Item through(String stage) {
            List<String> next = new ArrayList<>(trail);
            next.add(stage);
            return new Item(id, List.copyOf(next));
        }
    }

    private final Map<String, AtomicInteger[]> visits = new ConcurrentHashMap<>();

    @Test
    @Timeout(30)
    void everyItemPassesEveryStageExactlyOnceAndThePoisonPillStopsTheLineWithoutLosingAny() throws Exception {
        // Small queues, so producers really block on full queues and consumers on empty ones.
        BlockingQueue<Object> parsed = new ArrayBlockingQueue<>(16);
        BlockingQueue<Object> squared = new ArrayBlockingQueue<>(16);
        BlockingQueue<Object> done = new ArrayBlockingQueue<>(16);
        List<Item> received = new ArrayList<>();
        try (StartedThreads threads = new StartedThreads()) {
            threads.start("producer", () -> produce(parsed));
            startStage(threads, "square", 3, parsed, squared, item -> item);
            startStage(threads, "format", 1, squared, done, item -> item);
            Thread consumer = threads.start("consumer", () -> consume(done, received));
            assertTrue(threads.joinAll(20_000), "the pill reached the end and every thread stopped");
            assertTrue(!consumer.isAlive());
        }
        assertEquals(ITEMS, received.size(), "no item lost or duplicated at the end");
        boolean[] seen = new boolean[ITEMS];
        for (Item item : received) {
            assertTrue(!seen[item.id()], "item " + item.id() + " arrived twice");
            seen[item.id()] = true;
            assertEquals(List.of("produce", "square", "format"), item.trail(), "item " + item.id());
        }
        for (String stage : List.of("square", "format")) {
            AtomicInteger[] counts = visits.get(stage);
            for (int id = 0; id < ITEMS; id++) {
                assertEquals(1, counts[id].get(), stage + " saw item " + id);
            }
        }
    }

    private static void produce(BlockingQueue<Object> out) {
        try {
            for (int id = 0; id < ITEMS; id++) {
                out.put(new Item(id, List.of("produce")));
            }
            out.put(POISON);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * A stage of {@code workers} threads. A worker that takes the pill puts it back for its
     * siblings and stops; the last one to stop passes it downstream, after every sibling has
     * forwarded its last item.
     */
    private void startStage(StartedThreads threads, String stage, int workers, BlockingQueue<Object> in,
                            BlockingQueue<Object> out, UnaryOperator<Item> work) {
        AtomicInteger[] counts = new AtomicInteger[ITEMS];
        for (int i = 0; i < ITEMS; i++) {
            counts[i] = new AtomicInteger();
        }
        visits.put(stage, counts);
        AtomicInteger running = new AtomicInteger(workers);
        for (int w = 0; w < workers; w++) {
            threads.start(stage + "-" + w, () -> {
                try {
                    while (true) {
                        Object next = in.take();
                        if (next == POISON) {
                            if (running.decrementAndGet() == 0) {
                                out.put(POISON);
                            } else {
                                in.put(POISON);
                            }
                            return;
                        }
                        Item item = (Item) next;
                        counts[item.id()].incrementAndGet();
                        out.put(work.apply(item).through(stage));
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
    }

    private static void consume(BlockingQueue<Object> in, List<Item> received) {
        try {
            for (Object next = in.take(); next != POISON; next = in.take()) {
                received.add((Item) next);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
