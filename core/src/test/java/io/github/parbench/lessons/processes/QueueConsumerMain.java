package io.github.parbench.lessons.processes;

import io.github.parbench.process.ParentWatch;
import io.github.parbench.shared.ProcessQueue;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

/**
 * Child JVM: {@code FIFO PRODUCERS [QUIET_MS]} opens the queue, prints "open", then prints every
 * message it takes, one a line, until it has taken one "END" pill per producer. When no message
 * comes for QUIET_MS (default 30 000) it says on stderr whose pills are missing and exits 1: a
 * producer that died before its pill would otherwise keep it waiting forever.
 */
public final class QueueConsumerMain {

    private QueueConsumerMain() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        ParentWatch.start();
        int producers = Integer.parseInt(args[1]);
        long quietMs = args.length > 2 ? Long.parseLong(args[2]) : 30_000;
        BufferedWriter out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        Set<String> heardFrom = new TreeSet<>();
        Set<String> ended = new TreeSet<>();
        try (ProcessQueue.Consumer queue = ProcessQueue.consumer(Path.of(args[0]))) {
            out.write("open\n");
            out.flush();
            while (ended.size() < producers) {
                String message = queue.pollString(quietMs, TimeUnit.MILLISECONDS);
                if (message == null) {
                    out.flush();
                    heardFrom.removeAll(ended);
                    System.err.println("queue consumer: no message for " + quietMs + " ms; no END from " + heardFrom
                            + (producers - ended.size() > heardFrom.size()
                                    ? " nor from " + (producers - ended.size() - heardFrom.size()) + " never heard from"
                                    : ""));
                    System.exit(1);
                }
                out.write(message);
                out.write('\n');
                String[] parts = message.split(" ");
                if (parts[0].equals("END")) {
                    ended.add(parts[1]);
                } else {
                    heardFrom.add(parts[0]);
                }
            }
        }
        out.flush();
    }
}
