package io.github.parbench.exec;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The execution models by the names the benchmarks, reports and scripts use. */
public enum Model {
    /** One thread, no split: the baseline every speedup is measured against. */
    SERIAL,
    /** k new platform threads per run, started and joined: the lecture's {@code threading.Thread}. */
    THREADS,
    /**
     * k new virtual threads per run, started and joined: THREADS with threads that cost almost
     * nothing to create. Needs JDK 21 or newer; see {@link #available()}.
     */
    VIRTUAL_THREADS,
    /** A fixed {@code ExecutorService} of k threads, created once and reused. */
    THREAD_POOL,
    /** A parallel stream inside a {@code ForkJoinPool} of parallelism k. */
    FORK_JOIN,
    /** k fresh child JVMs per run, started and waited for: {@code multiprocessing.Process}. */
    PROCESS_SPAWN,
    /** k child JVMs started once and fed parts over pipes: {@code multiprocessing.Pool}. */
    PROCESS_POOL;

    /** Whether this JVM can run the model: every model can, except VIRTUAL_THREADS before JDK 21. */
    public boolean available() {
        return this != VIRTUAL_THREADS || VirtualThreads.available();
    }

    /** Why {@link #available()} is false, naming the JVM; empty when the model is available. */
    public Optional<String> whyUnavailable() {
        return available() ? Optional.empty() : VirtualThreads.whyUnavailable().map(why -> name() + " " + why);
    }

    /** Each model this JVM cannot run, by name, with why: what a run leaves out and says so. */
    public static Map<String, String> unavailableHere() {
        Map<String, String> reasons = new LinkedHashMap<>();
        for (Model model : values()) {
            model.whyUnavailable().ifPresent(why -> reasons.put(model.name(), why));
        }
        return reasons;
    }

    /**
     * Creates this model with its k workers; close it to release them.
     *
     * @throws UnsupportedOperationException when this JVM cannot run the model ({@link #available()})
     */
    public ExecutionModel open(int workers) {
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be >= 1, was " + workers);
        }
        whyUnavailable().ifPresent(why -> {
            throw new UnsupportedOperationException(why);
        });
        return switch (this) {
            case SERIAL -> new SerialModel(workers);
            case THREADS -> ThreadsModel.platform(workers);
            case VIRTUAL_THREADS -> ThreadsModel.virtual(workers);
            case THREAD_POOL -> new ThreadPoolModel(workers);
            case FORK_JOIN -> new ForkJoinModel(workers);
            case PROCESS_SPAWN -> new ProcessSpawnModel(workers);
            case PROCESS_POOL -> new ProcessPoolModel(workers);
        };
    }
}
