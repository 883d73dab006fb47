package io.github.parbench.lessons.processes;

import io.github.parbench.process.ParentWatch;
import io.github.parbench.shared.ProcessQueue;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Child JVM: {@code FIFO ID N [--die-before-pill]} puts "ID 0" ... "ID N-1" on the queue, then the
 * pill "END ID"; with {@code --die-before-pill} it dies (exit 9) before the pill instead. When no
 * consumer opens the queue in time it says so on stderr and exits 1.
 */
public final class QueueProducerMain {

    /** How long to wait for the consumer to open the queue, in ms (the queue's default without it). */
    static final String OPEN_TIMEOUT_PROPERTY = "queue.openTimeoutMs";

    private QueueProducerMain() {
    }

    public static void main(String[] args) {
        ParentWatch.start();
        String id = args[1];
        int n = Integer.parseInt(args[2]);
        boolean dieBeforePill = List.of(args).contains("--die-before-pill");
        Duration openTimeout = Duration.ofMillis(Long.getLong(OPEN_TIMEOUT_PROPERTY,
                ProcessQueue.DEFAULT_OPEN_TIMEOUT.toMillis()));
        ProcessQueue.Producer opened;
        try {
            opened = ProcessQueue.producer(Path.of(args[0]), openTimeout);
        } catch (IllegalStateException e) {
            System.err.println("queue producer " + id + ": " + e.getMessage());
            System.exit(1);
            return;
        }
        try (ProcessQueue.Producer queue = opened) {
            for (int seq = 0; seq < n; seq++) {
                queue.put(id + " " + seq);
            }
            if (dieBeforePill) {
                Runtime.getRuntime().halt(9);
            }
            queue.put("END " + id);
        }
    }
}
