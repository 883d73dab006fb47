package io.github.parbench.lessons.processes;

import io.github.parbench.process.ParentWatch;
import io.github.parbench.shared.ProcessQueue;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Child JVM: {@code FIFO PRODUCERS} opens the queue, prints "open", then prints every message it
 * takes, one a line, until it has taken one "END" pill per producer.
 */
public final class QueueConsumerMain {

    private QueueConsumerMain() {
    }

    public static void main(String[] args) throws IOException {
        ParentWatch.start();
        int producers = Integer.parseInt(args[1]);
        BufferedWriter out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        try (ProcessQueue.Consumer queue = ProcessQueue.consumer(Path.of(args[0]))) {
            out.write("open\n");
            out.flush();
            int ended = 0;
            while (ended < producers) {
                String message = queue.takeString();
                out.write(message);
                out.write('\n');
                if (message.startsWith("END ")) {
                    ended++;
                }
            }
        }
        out.flush();
    }
}
