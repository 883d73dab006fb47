package io.github.parbench.lessons.processes;

import io.github.parbench.process.ParentWatch;
import io.github.parbench.shared.ProcessQueue;
import java.nio.file.Path;

/** Child JVM: {@code FIFO ID N} puts "ID 0" ... "ID N-1" on the queue, then the pill "END ID". */
public final class QueueProducerMain {

    private QueueProducerMain() {
    }

    public static void main(String[] args) {
        ParentWatch.start();
        String id = args[1];
        int n = Integer.parseInt(args[2]);
        try (ProcessQueue.Producer queue = ProcessQueue.producer(Path.of(args[0]))) {
            for (int seq = 0; seq < n; seq++) {
                queue.put(id + " " + seq);
            }
            queue.put("END " + id);
        }
    }
}
