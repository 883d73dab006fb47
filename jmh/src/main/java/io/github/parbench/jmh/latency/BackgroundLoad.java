package io.github.parbench.jmh.latency;

import java.util.concurrent.locks.LockSupport;

/**
 * A thread that keeps one core busy while switched on, for the "busy" state: on these VMs an idle
 * core must be woken for every hand-off (tens of microseconds), a busy machine answers a pipe in a
 * few. One thread for the whole run, parked while off: starting a thread per busy slice ran the
 * JDK's thread start and exit paths once per slice, slowly enough that their compilations landed
 * hundreds of rounds in and kept the harness's JVM from ever looking quiet.
 */
final class BackgroundLoad implements AutoCloseable {

    private volatile boolean spinning;
    private volatile boolean closed;
    private final Thread spinner = new Thread(this::spin, "latency-background-load");

    BackgroundLoad() {
        spinner.setDaemon(true);
        spinner.start();
    }

    /** Starts spinning; the returned handle stops it. */
    AutoCloseable on() {
        spinning = true;
        LockSupport.unpark(spinner);
        return this::off;
    }

    private void off() {
        spinning = false;
    }

    private void spin() {
        long sink = 0;
        while (!closed) {
            while (spinning) {
                sink += System.nanoTime() & 1;
            }
            if (!closed) {
                LockSupport.park(this);
            }
        }
        if (sink == 42) {
            System.err.print(""); // keeps the loop from being optimized away
        }
    }

    @Override
    public void close() throws InterruptedException {
        closed = true;
        spinning = false;
        LockSupport.unpark(spinner);
        spinner.join(10_000);
    }
}
