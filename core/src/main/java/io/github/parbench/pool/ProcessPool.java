package io.github.parbench.pool;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * A pool of worker JVMs with the API of Python's {@code multiprocessing.Pool}: {@link #map},
 * {@link #mapAsync}, {@link #apply}, {@link #applyAsync}, {@link #imapUnordered}, {@link #close},
 * {@link #join}, {@link #terminate}, {@code maxTasksPerChild} and an initializer.
 *
 * <p>Work is a {@link Task} (registered by name in the workers, see {@link TaskRegistry}) and its
 * arguments, sent as framed binary over the worker's stdin and answered over a named pipe (see
 * {@link ReplyPipe}); the worker's stdout and stderr stay free for the JVM's logs. Each
 * worker runs one request at a time; a map sends its inputs in chunks, one request per chunk.
 * Queued work is fed to the workers by one pool thread per worker; a blocking {@link #apply} with
 * nothing queued uses an idle worker directly from the caller's thread.
 *
 * <p>Failures, unlike CPython's (whose {@code map} waits forever on a worker killed by SIGKILL,
 * cpython#96062):
 * <ul>
 * <li>a task that throws fails its call with a {@link RemoteTaskException} carrying the worker's
 *     message and stack text; so does an unknown task name;</li>
 * <li>a worker that dies fails the work it was running with a {@link BrokenPoolException} naming
 *     the worker, its pid and exit status, as soon as its pipe closes, and is replaced; queued
 *     work carries on;</li>
 * <li>a callback that throws is reported to the {@code callbackErrors} handler (stderr by
 *     default) and the pool goes on;</li>
 * <li>{@link #terminate} kills the workers and fails all unfinished work with a
 *     {@link PoolTerminatedException}.</li>
 * </ul>
 * Callbacks run on the pool's thread for that worker: keep them short, as CPython asks, and do
 * not wait on the pool from one (its thread cannot run the work it would wait for).
 *
 * <p>{@link #close()} is Python's {@code close()} followed by {@code join()}: no new work, queued
 * work finishes, workers exit, and it returns when they have. So try-with-resources finishes the
 * work it was given; call {@link #terminate()} to abandon it instead.
 */
public final class ProcessPool implements AutoCloseable {

    private enum State { RUNNING, CLOSED, TERMINATED }

    private static final long TERMINATE_WAIT_MS = 5_000;

    private final int workers;
    private final int maxTasksPerChild;
    private final List<String> jvmOptions;
    private final List<String> registries;
    private final Initializer<?> initializer;
    private final Consumer<Throwable> callbackErrors;
    private final Consumer<String> workerOutput;
    private final long spinNanos;
    private final LinkedBlockingQueue<Job<?, ?>> queue = new LinkedBlockingQueue<>();
    private final List<WorkerSlot> slots = new ArrayList<>();
    private final Set<WorkerProcess> live = new HashSet<>(); // guarded by this
    private volatile State state = State.RUNNING; // written under this
    private volatile Throwable failure;

    private ProcessPool(Builder b) {
        this.workers = b.workers;
        this.maxTasksPerChild = b.maxTasksPerChild;
        this.spinNanos = b.spinMicros * 1_000;
        List<String> options = new ArrayList<>(b.jvmOptions);
        options.add("-D" + Spin.WORKER_PROPERTY + "=" + b.spinMicros);
        this.jvmOptions = List.copyOf(options);
        this.registries = List.copyOf(b.registries);
        this.initializer = b.initializer;
        this.callbackErrors = b.callbackErrors;
        this.workerOutput = b.workerOutput;
        for (int i = 1; i <= workers; i++) {
            slots.add(new WorkerSlot(this, i));
        }
        slots.forEach(WorkerSlot::start);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A pool of k workers that knows only the {@link BuiltinTasks}. */
    public static ProcessPool of(int workers) {
        return builder().workers(workers).start();
    }

    public int workers() {
        return workers;
    }

    /**
     * Runs the task on one argument in a worker and waits for its result. When no work is queued
     * and a worker is idle, the calling thread talks to the worker itself (it cannot be
     * interrupted out of that exchange; {@link #terminate} still ends it).
     */
    public <A, R> R apply(Task<A, R> task, A argument) {
        Objects.requireNonNull(task, "task");
        // Fast path: with nothing queued, run on an idle worker from this thread. The caller was
        // going to wait anyway, and the round trip loses two thread hand-offs (about half of it).
        if (queue.isEmpty() && isRunning()) {
            Job<A, R> job = new Job<>(task, Collections.singletonList(argument));
            for (WorkerSlot slot : slots) {
                if (slot.tryRunHere(job)) {
                    return await(job.outcome).get(0);
                }
            }
        }
        CompletableFuture<R> result = applyAsync(task, argument);
        Spin.untilDone(result, spinNanos);
        return await(result);
    }

    public <A, R> CompletableFuture<R> applyAsync(Task<A, R> task, A argument) {
        return applyAsync(task, argument, null, null);
    }

    /**
     * Runs the task on one argument; the future completes after {@code callback} (on success) or
     * {@code errorCallback} (on failure) has run. Either may be null.
     */
    public <A, R> CompletableFuture<R> applyAsync(Task<A, R> task, A argument, Consumer<? super R> callback,
                                                  Consumer<? super Throwable> errorCallback) {
        CompletableFuture<List<R>> outcome = submit(task, List.of(Collections.singletonList(argument))).get(0);
        return withCallbacks(outcome.thenApply(results -> results.get(0)), callback, errorCallback);
    }

    /** Runs the task on every input, in chunks of the default size; results in input order. */
    public <A, R> List<R> map(Task<A, R> task, List<A> inputs) {
        return map(task, inputs, defaultChunkSize(inputs.size()));
    }

    /**
     * Runs the task on every input in chunks of {@code chunkSize}; results in input order. When
     * nothing is queued, as many chunks as there are idle workers are sent from the calling thread
     * and their replies read there (as {@link #apply} does for one); the rest are queued.
     */
    public <A, R> List<R> map(Task<A, R> task, List<A> inputs, int chunkSize) {
        Objects.requireNonNull(task, "task");
        List<List<A>> chunks = chunks(inputs, chunkSize);
        if (!queue.isEmpty() || !isRunning() || chunks.isEmpty()) {
            return await(inOrder(submit(task, chunks)));
        }
        List<Job<A, R>> jobs = chunks.stream().map(chunk -> new Job<>(task, chunk)).toList();
        List<WorkerSlot> sentFrom = new ArrayList<>();
        int sent = 0;
        for (WorkerSlot slot : slots) {
            if (sent == jobs.size()) {
                break;
            }
            if (slot.trySendHere(jobs.get(sent))) {
                sentFrom.add(slot);
                sent++;
            }
        }
        try {
            enqueue(jobs.subList(sent, jobs.size()));
        } finally {
            sentFrom.forEach(WorkerSlot::finishHere); // the slots stay taken until their replies are read
        }
        return await(inOrder(jobs.stream().map(job -> job.outcome).toList()));
    }

    public <A, R> CompletableFuture<List<R>> mapAsync(Task<A, R> task, List<A> inputs) {
        return mapAsync(task, inputs, defaultChunkSize(inputs.size()), null, null);
    }

    /**
     * Runs the task on every input in chunks of {@code chunkSize}; the future holds the results in
     * input order, or fails with the first chunk failure seen (without waiting for the others).
     */
    public <A, R> CompletableFuture<List<R>> mapAsync(Task<A, R> task, List<A> inputs, int chunkSize,
                                                      Consumer<? super List<R>> callback,
                                                      Consumer<? super Throwable> errorCallback) {
        List<CompletableFuture<List<R>>> chunks = submit(task, chunks(inputs, chunkSize));
        return withCallbacks(inOrder(chunks), callback, errorCallback);
    }

    /**
     * Runs the task on every input in chunks; the iterator yields results as chunks finish, in no
     * particular order. {@code next()} waits for the next chunk and throws its failure.
     */
    public <A, R> Iterator<R> imapUnordered(Task<A, R> task, List<A> inputs, int chunkSize) {
        LinkedBlockingQueue<CompletableFuture<List<R>>> finished = new LinkedBlockingQueue<>();
        List<CompletableFuture<List<R>>> chunks = submit(task, chunks(inputs, chunkSize));
        chunks.forEach(c -> c.whenComplete((r, e) -> finished.add(c)));
        return new Iterator<>() {
            private int chunksTaken;
            private Iterator<R> current = Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                return current.hasNext() || chunksTaken < chunks.size();
            }

            @Override
            public R next() {
                while (!current.hasNext()) {
                    if (chunksTaken == chunks.size()) {
                        throw new java.util.NoSuchElementException();
                    }
                    CompletableFuture<List<R>> chunk;
                    try {
                        chunk = finished.take();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new PoolException("interrupted while waiting for the pool", e);
                    }
                    chunksTaken++;
                    current = await(chunk).iterator();
                }
                return current.next();
            }
        };
    }

    /** CPython's default: ceil(len / (4 x workers)), at least 1. */
    public int defaultChunkSize(int inputs) {
        return Math.max(1, (inputs + 4 * workers - 1) / (4 * workers));
    }

    /** The pids of the worker processes alive right now. */
    public synchronized List<Long> workerPids() {
        return live.stream().filter(WorkerProcess::isAlive).map(WorkerProcess::pid).sorted().toList();
    }

    /**
     * Stops taking work, lets the queued work finish, and waits until every worker has exited:
     * Python's {@code close()} then {@code join()}.
     */
    @Override
    public void close() {
        synchronized (this) {
            if (state == State.RUNNING) {
                state = State.CLOSED;
                slots.forEach(s -> queue.add(Job.STOP));
            }
        }
        join();
    }

    /** Waits until every worker has exited; only after {@link #close()} or {@link #terminate()}. */
    public void join() {
        if (state == State.RUNNING) {
            throw new IllegalStateException("join() needs close() or terminate() first: the pool is still running");
        }
        for (WorkerSlot slot : slots) {
            if (slot.thread() != Thread.currentThread()) {
                joinUninterruptibly(slot.thread(), 0);
            }
        }
    }

    /** Kills the workers now; all unfinished work fails with a {@link PoolTerminatedException}. */
    public void terminate() {
        shutDownNow(null);
    }

    // ---- for the worker slots ----

    boolean isRunning() {
        return state == State.RUNNING;
    }

    boolean isTerminated() {
        return state == State.TERMINATED;
    }

    int maxTasksPerChild() {
        return maxTasksPerChild;
    }

    /** Jobs waiting for a slot thread to take them. */
    int queuedJobs() {
        return queue.size();
    }

    Job<?, ?> nextJob() throws InterruptedException {
        Job<?, ?>[] polled = new Job<?, ?>[1];
        Spin.until(() -> (polled[0] = queue.poll()) != null, spinNanos);
        return polled[0] != null ? polled[0] : queue.take();
    }

    /** A fresh worker process, or null once the pool is terminated. */
    synchronized WorkerProcess startWorker(String name) {
        if (state == State.TERMINATED) {
            return null;
        }
        WorkerProcess w = WorkerProcess.start(name, jvmOptions, registries, workerOutput);
        w.spinForReplies(spinNanos);
        live.add(w);
        return w;
    }

    synchronized void forget(WorkerProcess w) {
        live.remove(w);
    }

    /** Runs the initializer on a fresh worker; its failure is the worker's {@link RemoteTaskException}. */
    void initializeOn(WorkerProcess worker, long id) throws IOException {
        if (initializer != null) {
            initializer.runOn(worker, id);
        }
    }

    <R> void complete(Job<?, R> job, List<R> results) {
        job.outcome.complete(results);
    }

    PoolTerminatedException terminatedError(String what) {
        Throwable why = failure;
        return why == null
                ? new PoolTerminatedException(what + ": the pool was terminated")
                : new PoolTerminatedException(what + ": the pool failed: " + why.getMessage(), why);
    }

    /** The pool cannot go on (its initializer fails): fail everything, as terminate would. */
    void failAll(Throwable cause) {
        shutDownNow(cause);
    }

    // ---- internals ----

    private void shutDownNow(Throwable cause) {
        List<WorkerProcess> running;
        synchronized (this) {
            if (state == State.TERMINATED) {
                return;
            }
            failure = cause;
            state = State.TERMINATED;
            running = new ArrayList<>(live);
        }
        List<Job<?, ?>> never = new ArrayList<>();
        queue.drainTo(never);
        for (Job<?, ?> job : never) {
            if (job != Job.STOP) {
                job.fail(terminatedError(job + " never started"));
            }
        }
        // Killing the processes ends the reads of the slots running work; interrupting the slots
        // ends the ones waiting for it.
        running.forEach(WorkerProcess::destroy);
        for (WorkerSlot slot : slots) {
            slot.thread().interrupt();
        }
        if (cause == null) {
            for (WorkerSlot slot : slots) {
                if (slot.thread() != Thread.currentThread()) { // terminate() from a callback
                    joinUninterruptibly(slot.thread(), TERMINATE_WAIT_MS);
                }
            }
        }
    }

    private <A, R> List<CompletableFuture<List<R>>> submit(Task<A, R> task, List<List<A>> chunks) {
        Objects.requireNonNull(task, "task");
        List<Job<A, R>> jobs = chunks.stream().map(chunk -> new Job<>(task, chunk)).toList();
        enqueue(jobs);
        return jobs.stream().map(job -> job.outcome).toList();
    }

    /** Queues the jobs for the slots' threads; a pool that takes no more work refuses them all. */
    private synchronized void enqueue(List<? extends Job<?, ?>> jobs) {
        if (jobs.isEmpty()) {
            return;
        }
        if (state != State.RUNNING) {
            throw new IllegalStateException("the pool is " + state.name().toLowerCase() + ": it takes no more work");
        }
        queue.addAll(jobs);
    }

    private static <A> List<List<A>> chunks(List<A> inputs, int chunkSize) {
        if (chunkSize < 1) {
            throw new IllegalArgumentException("chunkSize must be >= 1, was " + chunkSize);
        }
        List<List<A>> chunks = new ArrayList<>();
        for (int from = 0; from < inputs.size(); from += chunkSize) {
            chunks.add(Collections.unmodifiableList(new ArrayList<>(
                    inputs.subList(from, Math.min(inputs.size(), from + chunkSize)))));
        }
        return chunks;
    }

    /** All chunks' results in order; fails as soon as any chunk fails. */
    private static <R> CompletableFuture<List<R>> inOrder(List<CompletableFuture<List<R>>> chunks) {
        CompletableFuture<List<R>> all = new CompletableFuture<>();
        AtomicInteger left = new AtomicInteger(chunks.size());
        if (chunks.isEmpty()) {
            all.complete(List.of());
        }
        for (CompletableFuture<List<R>> chunk : chunks) {
            chunk.whenComplete((results, error) -> {
                if (error != null) {
                    all.completeExceptionally(unwrap(error));
                } else if (left.decrementAndGet() == 0) {
                    List<R> ordered = new ArrayList<>();
                    chunks.forEach(c -> ordered.addAll(c.join()));
                    all.complete(ordered);
                }
            });
        }
        return all;
    }

    private <T> CompletableFuture<T> withCallbacks(CompletableFuture<T> source, Consumer<? super T> callback,
                                                   Consumer<? super Throwable> errorCallback) {
        CompletableFuture<T> result = new CompletableFuture<>();
        source.whenComplete((value, error) -> {
            if (error != null) {
                Throwable cause = unwrap(error);
                callBack(errorCallback, cause, "error callback");
                result.completeExceptionally(cause);
            } else {
                callBack(callback, value, "callback");
                result.complete(value);
            }
        });
        return result;
    }

    private <T> void callBack(Consumer<? super T> callback, T value, String which) {
        if (callback == null) {
            return;
        }
        try {
            callback.accept(value);
        } catch (Throwable t) {
            try {
                callbackErrors.accept(new PoolException("a " + which + " threw " + t, t));
            } catch (Throwable ignored) {
                // The handler failing too must not take the pool's thread down with it.
            }
        }
    }

    private static Throwable unwrap(Throwable t) {
        return t instanceof CompletionException && t.getCause() != null ? t.getCause() : t;
    }

    /** The future's value; its failure rethrown as is (pool failures are unchecked). */
    static <T> T await(CompletableFuture<T> future) {
        try {
            return future.get();
        } catch (ExecutionException e) {
            Throwable cause = unwrap(e.getCause());
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new PoolException(String.valueOf(cause), cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PoolException("interrupted while waiting for the pool", e);
        }
    }

    private static void joinUninterruptibly(Thread thread, long millis) {
        boolean interrupted = false;
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        while (thread.isAlive()) {
            try {
                if (millis == 0) {
                    thread.join();
                } else {
                    long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                    if (left <= 0) {
                        break;
                    }
                    thread.join(left);
                }
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** A task and argument run once on every fresh worker before its first job. */
    private record Initializer<A>(Task<A, ?> task, A argument) {
        /** Fails at once an argument every worker would have to refuse (it does not fit a frame). */
        void checkEncodes() {
            try {
                Protocol.request(0, task, Collections.singletonList(argument));
            } catch (IOException e) {
                throw new IllegalArgumentException("the initializer's argument cannot be sent: " + e.getMessage(), e);
            }
        }

        void runOn(WorkerProcess worker, long id) throws IOException {
            byte[] reply = worker.exchange(Protocol.request(id, task, Collections.singletonList(argument)));
            Protocol.readReply(reply, id, task);
        }
    }

    /** Settings for a {@link ProcessPool}; {@link #start()} starts its workers. */
    public static final class Builder {
        private int workers = Runtime.getRuntime().availableProcessors();
        private int maxTasksPerChild;
        private long spinMicros;
        private final List<String> jvmOptions = new ArrayList<>();
        private final List<String> registries = new ArrayList<>();
        private Initializer<?> initializer;
        private Consumer<Throwable> callbackErrors = e -> {
            System.err.println("parbench pool: " + e.getMessage());
            e.getCause().printStackTrace();
        };
        private Consumer<String> workerOutput = line -> System.err.println(line);

        private Builder() {
        }

        /** How many worker processes (default: the available processors). */
        public Builder workers(int workers) {
            if (workers < 1) {
                throw new IllegalArgumentException("workers must be >= 1, was " + workers);
            }
            this.workers = workers;
            return this;
        }

        /** Replace a worker after it has served this many requests (0, the default: never). */
        public Builder maxTasksPerChild(int max) {
            if (max < 0) {
                throw new IllegalArgumentException("maxTasksPerChild must be >= 0, was " + max);
            }
            this.maxTasksPerChild = max;
            return this;
        }

        /**
         * Spin-before-block, in microseconds: how long the caller of {@link #apply}, the pool's
         * threads and the workers poll before they park or block on a pipe (default 0).
         */
        public Builder spinMicros(long micros) {
            if (micros < 0) {
                throw new IllegalArgumentException("spinMicros must be >= 0, was " + micros);
            }
            this.spinMicros = micros;
            return this;
        }

        /** Registries whose tasks the workers may run, besides {@link BuiltinTasks}. */
        @SafeVarargs
        public final Builder tasks(Class<? extends TaskRegistry>... registryClasses) {
            for (Class<? extends TaskRegistry> c : registryClasses) {
                registries.add(c.getName());
            }
            return this;
        }

        /** Extra JVM options for the workers, e.g. {@code -Xmx256m}. */
        public Builder jvmOptions(String... options) {
            jvmOptions.addAll(List.of(options));
            return this;
        }

        /**
         * Runs {@code task(argument)} on every fresh worker before its first job. If it fails,
         * the pool fails: all work ends with a {@link PoolTerminatedException} whose cause is the
         * initializer's {@link RemoteTaskException}.
         */
        public <A> Builder initializer(Task<A, ?> task, A argument) {
            this.initializer = new Initializer<>(Objects.requireNonNull(task, "task"), argument);
            return this;
        }

        /** Where exceptions thrown by callbacks go (default: a line and the stack on stderr). */
        public Builder callbackErrors(Consumer<Throwable> handler) {
            this.callbackErrors = Objects.requireNonNull(handler, "handler");
            return this;
        }

        /**
         * Where the lines the workers write to stdout go (HotSpot's logs, a task's
         * {@code println}), each prefixed with the worker's name and pid, e.g.
         * {@code "worker 1 (pid 4242): [0.012s][info][gc] Using Serial"}. Default: this JVM's
         * stderr, so that they never mix with what this JVM itself writes to stdout. The handler
         * runs on a thread of the worker's own and should not block long: while it does, that
         * worker waits to write.
         */
        public Builder workerOutput(Consumer<String> lines) {
            this.workerOutput = Objects.requireNonNull(lines, "lines");
            return this;
        }

        /** Starts the workers; {@link IllegalArgumentException} when the initializer's argument cannot be sent. */
        public ProcessPool start() {
            if (initializer != null) {
                initializer.checkEncodes();
            }
            return new ProcessPool(this);
        }
    }
}
