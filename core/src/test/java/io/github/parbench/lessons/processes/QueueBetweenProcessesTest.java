package io.github.parbench.lessons.processes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.parbench.process.ChildJvm;
import io.github.parbench.shared.ProcessQueue;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Queue between processes: two producer processes and a consumer process exchange messages
 * through a {@link ProcessQueue}; none is lost or duplicated and each producer's messages arrive
 * in the order it sent them, however the two producers' messages interleave.
 */
class QueueBetweenProcessesTest {

    private static final int PER_PRODUCER = 20_000;
    private static final List<String> PRODUCERS = List.of("p1", "p2");

    @Test
    @Timeout(60)
    void messagesOfTwoProducerProcessesReachTheConsumerProcessOnceEachAndInEachProducersOrder(@TempDir Path dir)
            throws Exception {
        Path fifo = ProcessQueue.create(dir.resolve("queue"));
        List<Process> processes = new ArrayList<>();
        try {
            Process consumer = ChildJvm.start(QueueConsumerMain.class, fifo.toString(),
                    Integer.toString(PRODUCERS.size()));
            processes.add(consumer);
            BufferedReader received = new BufferedReader(
                    new InputStreamReader(consumer.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("open", received.readLine());
            for (String id : PRODUCERS) {
                processes.add(ChildJvm.start(QueueProducerMain.class, fifo.toString(), id,
                        Integer.toString(PER_PRODUCER)));
            }

            Map<String, Integer> next = new HashMap<>();
            Map<String, Boolean> ended = new HashMap<>();
            int interleavings = 0;
            String previous = null;
            for (String line = received.readLine(); line != null; line = received.readLine()) {
                String[] parts = line.split(" ");
                if (parts[0].equals("END")) {
                    assertEquals(PER_PRODUCER, next.getOrDefault(parts[1], 0),
                            parts[1] + " ended after all its messages");
                    ended.put(parts[1], true);
                    continue;
                }
                String producer = parts[0];
                int seq = Integer.parseInt(parts[1]);
                assertEquals(next.getOrDefault(producer, 0), seq,
                        "from " + producer + ": the next in its order, none lost or repeated");
                next.put(producer, seq + 1);
                if (previous != null && !previous.equals(producer)) {
                    interleavings++;
                }
                previous = producer;
            }
            assertEquals(Map.of("p1", true, "p2", true), ended, "every producer's pill arrived");
            for (Process p : processes) {
                assertTrue(p.waitFor(20, TimeUnit.SECONDS));
                assertEquals(0, p.exitValue());
            }
            System.out.println("queue: " + 2 * PER_PRODUCER + " messages, producers switched "
                    + interleavings + " times");
        } finally {
            processes.forEach(Process::destroyForcibly);
        }
    }

    @Test
    @Timeout(60)
    void aConsumerWhoseProducerDiedBeforeItsPillSaysWhichAndStops(@TempDir Path dir) throws Exception {
        Path fifo = ProcessQueue.create(dir.resolve("queue"));
        List<Process> processes = new ArrayList<>();
        try {
            Process consumer = ChildJvm.start(ChildJvm.builder(QueueConsumerMain.class, List.of(),
                    List.of(fifo.toString(), "2", "2000")).redirectError(ProcessBuilder.Redirect.PIPE));
            processes.add(consumer);
            BufferedReader received = new BufferedReader(
                    new InputStreamReader(consumer.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("open", received.readLine());
            processes.add(ChildJvm.start(QueueProducerMain.class, fifo.toString(), "p1", "10"));
            processes.add(ChildJvm.start(QueueProducerMain.class, fifo.toString(), "p2", "10", "--die-before-pill"));
            assertTrue(consumer.waitFor(20, TimeUnit.SECONDS), "the consumer waits forever for a dead producer's pill");
            String stderr = new String(consumer.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(1, consumer.exitValue(), stderr);
            assertTrue(stderr.contains("no END from [p2]"), stderr);
        } finally {
            processes.forEach(Process::destroyForcibly);
        }
    }

    @Test
    @Timeout(60)
    void aProducerWithNoConsumerGivesUpAndSaysSo(@TempDir Path dir) throws Exception {
        Path fifo = ProcessQueue.create(dir.resolve("queue"));
        Process producer = ChildJvm.start(ChildJvm.builder(QueueProducerMain.class,
                List.of("-D" + QueueProducerMain.OPEN_TIMEOUT_PROPERTY + "=1000"), List.of(fifo.toString(), "p1", "1"))
                .redirectError(ProcessBuilder.Redirect.PIPE));
        try {
            assertTrue(producer.waitFor(20, TimeUnit.SECONDS), "the producer waits forever for a consumer");
            String stderr = new String(producer.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(1, producer.exitValue(), stderr);
            assertTrue(stderr.contains("no consumer opened queue " + fifo), stderr);
        } finally {
            producer.destroyForcibly();
        }
    }
}
