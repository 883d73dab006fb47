package io.github.parbench.jmh.latency;

/**
 * A thread that keeps one core busy, for the "loaded" state: on these VMs an idle core must be
 * woken for every hand-off (tens of microseconds), a busy machine answers a pipe in a few.
 */
final class BackgroundLoad implements AutoCloseable {

    private volatile boolean running = true;
    private final Thread spinner = new Thread(this::spin, "latency-background-load");

    BackgroundLoad() {
        spinner.setDaemon(true);
        spinner.start();
    }

    @SuppressWarnings("StatementWithEmptyBody")
    private void spin() {
        long sink = 0;
        while (running) {
            sink += System.nanoTime() & 1;
        }
        if (sink == 42) {
            System.err.print(""); // keeps the loop from being optimized away
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        spinner.join(10_000);
    }
}
