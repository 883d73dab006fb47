package io.github.parbench.process;

import java.util.Optional;

/**
 * Child side: halts this JVM soon after its parent is gone, however the parent ended.
 *
 * <p>A polling daemon thread (every 50 ms) rather than a thread blocked reading stdin: a thread
 * stuck in a native read holds up JVM exit by a few hundred milliseconds, a sleeping one does not.
 */
public final class ParentWatch {

    static final long PERIOD_MS = 50;

    private ParentWatch() {
    }

    /**
     * Starts watching the parent named by {@link ChildJvm#PARENT_PID_PROPERTY} (or, without it, the
     * parent at start-up). Returns false when there is no parent to watch.
     */
    public static boolean start() {
        Optional<ProcessHandle> parent = Optional.ofNullable(System.getProperty(ChildJvm.PARENT_PID_PROPERTY))
                .flatMap(pid -> ProcessHandle.of(Long.parseLong(pid)))
                .or(() -> ProcessHandle.current().parent());
        if (parent.isEmpty()) {
            return false;
        }
        ProcessHandle watched = parent.get();
        Thread watcher = new Thread(() -> {
            while (watched.isAlive()) {
                try {
                    Thread.sleep(PERIOD_MS);
                } catch (InterruptedException e) {
                    return;
                }
            }
            // The parent is gone: nobody will read our results, and nobody will stop us.
            Runtime.getRuntime().halt(3);
        }, "parbench-parent-watch");
        watcher.setDaemon(true);
        watcher.start();
        return true;
    }
}
