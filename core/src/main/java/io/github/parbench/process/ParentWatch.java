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
     * parent at start-up). Halts at once when the named parent is already gone. Returns false when
     * there is no parent to watch.
     *
     * @throws IllegalArgumentException when the property is not a pid
     */
    public static boolean start() {
        return start(() -> { });
    }

    /**
     * As {@link #start()}, and runs {@code beforeHalt} (quick clean-up, such as deleting files
     * nobody else will) when the parent is found gone, just before halting.
     */
    public static boolean start(Runnable beforeHalt) {
        String named = System.getProperty(ChildJvm.PARENT_PID_PROPERTY);
        Optional<ProcessHandle> parent;
        if (named != null) {
            parent = ProcessHandle.of(parsePid(named)).filter(ProcessHandle::isAlive);
            if (parent.isEmpty()) {
                // Died while we booted. Whoever we hang under now (init, a subreaper) is not it,
                // and watching that would keep us running with nobody left to stop us.
                parentGone(beforeHalt);
            }
        } else {
            parent = ProcessHandle.current().parent();
            if (parent.isEmpty()) {
                return false;
            }
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
            parentGone(beforeHalt);
        }, "parbench-parent-watch");
        watcher.setDaemon(true);
        watcher.start();
        return true;
    }

    private static long parsePid(String pid) {
        try {
            return Long.parseLong(pid);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("-D" + ChildJvm.PARENT_PID_PROPERTY + "=" + pid + " is not a pid", e);
        }
    }

    /** Nobody will read our results, and nobody will stop us. */
    private static void parentGone(Runnable beforeHalt) {
        try {
            beforeHalt.run();
        } catch (RuntimeException e) {
            // The halt matters more than the clean-up.
        }
        Runtime.getRuntime().halt(3);
    }
}
