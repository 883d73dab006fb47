package io.github.parbench.cli.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * The launcher each part runs under, so that nothing of a part outlives bench however bench dies,
 * SIGKILL included (no shutdown hook runs then).
 *
 * <p>{@code parbench interleaved} and {@code parbench latency} run their harness under it too.
 *
 * <p>A part is a tree: the JMH host JVM and its forks, a harness JVM and its pool's workers, the
 * CPython reference and its multiprocessing children. The guard, a bash script, starts the part
 * in a process group of its own (job control, {@code set -m}) and waits for it; beside it a watcher
 * blocks reading the guard's stdin, a pipe whose other end only bench holds. When bench dies the
 * kernel closes that end, the read returns, and the watcher kills the part's whole group at once.
 *
 * <p>Why this and not each child watching its parent: the JMH forks are started by JMH, not by us,
 * and a parent-death signal ({@code prctl(PR_SET_PDEATHSIG)}, {@code setpriv --pdeathsig}) reaches
 * only the direct child, not the forks or workers under it. The pipe costs nothing while the part
 * measures (no polling on the cores being measured) and needs only bash.
 */
public final class PartGuard {

    static final String SCRIPT = String.join("\n",
            "set -m",
            "\"$@\" </dev/null &",
            "part=$!",
            "{ read -r _; kill -KILL -- \"-$part\"; } 2>/dev/null &",
            "watcher=$!",
            // Both have their own group now; job control off, so ending the watcher prints no
            // "Terminated" line into the part's output (or the console of parbench interleaved).
            "set +m",
            "wait \"$part\"",
            "status=$?",
            "kill \"$watcher\" 2>/dev/null",
            "wait \"$watcher\" 2>/dev/null",
            "exit \"$status\"");

    private PartGuard() {
    }

    /** The command that runs {@code command} under the guard; keep its stdin open while the part runs. */
    public static List<String> wrap(List<String> command) {
        List<String> wrapped = new ArrayList<>(List.of("bash", "-c", SCRIPT, "parbench-part-guard"));
        wrapped.addAll(command);
        return wrapped;
    }
}
