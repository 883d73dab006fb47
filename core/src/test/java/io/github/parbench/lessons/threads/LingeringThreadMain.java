package io.github.parbench.lessons.threads;

import io.github.parbench.process.ParentWatch;

/**
 * Child JVM for {@link DaemonThreadsDoNotKeepTheJvmAliveTest}: starts one thread that outlives
 * main ({@code daemon} or {@code user}, sleeping the given milliseconds) and returns from main.
 * Prints "main returned NANOS" as main ends (NANOS: its {@link System#nanoTime()}, which on Linux
 * and macOS reads a clock shared by every process of the machine) and "worker finished" if the
 * thread ever finishes.
 */
public final class LingeringThreadMain {

    private LingeringThreadMain() {
    }

    public static void main(String[] args) {
        ParentWatch.start();
        boolean daemon = args[0].equals("daemon");
        long sleepMs = Long.parseLong(args[1]);
        Thread worker = new Thread(() -> {
            try {
                Thread.sleep(sleepMs);
                System.out.println("worker finished");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "lingering");
        worker.setDaemon(daemon);
        worker.start();
        System.out.println("main returned " + System.nanoTime());
    }
}
