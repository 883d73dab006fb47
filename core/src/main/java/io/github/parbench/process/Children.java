package io.github.parbench.process;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The child processes this JVM started and has not yet seen end. A shutdown hook (normal exit,
 * SIGTERM, Ctrl-C) destroys every one still alive, with their own children first; a parent killed
 * by SIGKILL runs no hook, which is what {@link ParentWatch} in the child is for.
 */
public final class Children {

    private static final Set<Process> LIVE = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(Children::destroyAll, "parbench-children-reaper"));
    }

    private Children() {
    }

    /** Tracks the child until it exits. */
    public static Process register(Process process) {
        LIVE.add(process);
        process.onExit().thenRun(() -> LIVE.remove(process));
        return process;
    }

    /** Kills every live child (forcibly) and waits briefly for each to go. */
    public static void destroyAll() {
        for (Process p : LIVE) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        }
        for (Process p : LIVE) {
            try {
                p.waitFor(2, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** How many children are alive right now (tests use it to prove nothing was left behind). */
    public static int liveCount() {
        return (int) LIVE.stream().filter(Process::isAlive).count();
    }
}
