package io.github.parbench.exec;

/** The execution models by the names the benchmarks, reports and scripts use. */
public enum Model {
    /** One thread, no split: the baseline every speedup is measured against. */
    SERIAL,
    /** k new platform threads per run, started and joined: the lecture's {@code threading.Thread}. */
    THREADS,
    /** A fixed {@code ExecutorService} of k threads, created once and reused. */
    THREAD_POOL,
    /** A parallel stream inside a {@code ForkJoinPool} of parallelism k. */
    FORK_JOIN,
    /** k fresh child JVMs per run, started and waited for: {@code multiprocessing.Process}. */
    PROCESS_SPAWN,
    /** k child JVMs started once and fed parts over pipes: {@code multiprocessing.Pool}. */
    PROCESS_POOL;

    /** Creates this model with its k workers; close it to release them. */
    public ExecutionModel open(int workers) {
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be >= 1, was " + workers);
        }
        return switch (this) {
            case SERIAL -> new SerialModel(workers);
            case THREADS -> new ThreadsModel(workers);
            case THREAD_POOL -> new ThreadPoolModel(workers);
            case FORK_JOIN -> new ForkJoinModel(workers);
            case PROCESS_SPAWN -> new ProcessSpawnModel(workers);
            case PROCESS_POOL -> new ProcessPoolModel(workers);
        };
    }
}
