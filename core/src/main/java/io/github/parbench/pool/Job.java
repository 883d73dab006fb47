package io.github.parbench.pool;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/** One request's worth of work (a single apply, or one chunk of a map) and its outcome. */
final class Job<A, R> {

    /** Tells a worker slot to retire its worker and stop: queued behind the work, so it runs last. */
    static final Job<Void, Void> STOP = new Job<>(null, List.of());

    final Task<A, R> task;
    final List<A> arguments;
    final CompletableFuture<List<R>> outcome = new CompletableFuture<>();

    Job(Task<A, R> task, List<A> arguments) {
        this.task = task;
        this.arguments = arguments;
    }

    void fail(Throwable t) {
        outcome.completeExceptionally(t);
    }

    @Override
    public String toString() {
        return arguments.size() == 1 ? task.toString() : task + " (chunk of " + arguments.size() + ")";
    }
}
