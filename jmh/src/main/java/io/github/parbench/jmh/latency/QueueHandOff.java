package io.github.parbench.jmh.latency;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * A request queue and a reply queue between the caller and an echo thread: the lecture's
 * {@code queue.Queue} round trip, with nothing but two blocking hand-offs.
 */
final class QueueHandOff implements RoundTrip {

    private static final long STOP = Long.MIN_VALUE;

    private final BlockingQueue<Long> requests = new ArrayBlockingQueue<>(1);
    private final BlockingQueue<Long> replies = new ArrayBlockingQueue<>(1);
    private final Thread echo = new Thread(this::echo, "latency-queue-echo");

    QueueHandOff() {
        echo.setDaemon(true);
        echo.start();
    }

    private void echo() {
        try {
            for (long x = requests.take(); x != STOP; x = requests.take()) {
                replies.put(x);
            }
        } catch (InterruptedException e) {
            // closing
        }
    }

    @Override
    public String name() {
        return "blockingQueueHandOff";
    }

    @Override
    public String path() {
        return "BlockingQueue: the caller puts x on a request queue, an echo thread takes it and puts it on a reply"
                + " queue, the caller takes it; two hand-offs between two threads";
    }

    @Override
    public long roundTrip(long x) throws InterruptedException {
        requests.put(x);
        return replies.take();
    }

    @Override
    public void close() throws InterruptedException {
        requests.put(STOP);
        echo.join(10_000);
    }
}
