package io.github.parbench.pool;

import java.util.Objects;

/**
 * A task a worker process can run, known on both sides by its name: the parent encodes arguments
 * and decodes results with the codecs; the worker looks the name up in its {@link TaskRegistry}
 * and runs the body. Declare tasks as constants of a registry class so that both JVMs load the
 * very same definition from the class path:
 *
 * <pre>{@code
 * public final class MyTasks implements TaskRegistry {
 *     public static final Task<Long, Long> SQUARE = Task.of("square", Codecs.LONG, Codecs.LONG, x -> x * x);
 *     public List<Task<?, ?>> tasks() { return List.of(SQUARE); }
 * }
 * }</pre>
 */
public final class Task<A, R> {

    /** What the worker runs for one argument. */
    @FunctionalInterface
    public interface Body<A, R> {
        R apply(A argument) throws Exception;
    }

    private final String name;
    private final Codec<A> argument;
    private final Codec<R> result;
    private final Body<A, R> body;

    private Task(String name, Codec<A> argument, Codec<R> result, Body<A, R> body) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("a task needs a non-empty name");
        }
        this.name = name;
        this.argument = Objects.requireNonNull(argument, "argument codec");
        this.result = Objects.requireNonNull(result, "result codec");
        this.body = Objects.requireNonNull(body, "body");
    }

    public static <A, R> Task<A, R> of(String name, Codec<A> argument, Codec<R> result, Body<A, R> body) {
        return new Task<>(name, argument, result, body);
    }

    public String name() {
        return name;
    }

    public Codec<A> argumentCodec() {
        return argument;
    }

    public Codec<R> resultCodec() {
        return result;
    }

    /** Runs the body; called in the worker process. */
    R run(A arg) throws Exception {
        return body.apply(arg);
    }

    @Override
    public String toString() {
        return "task '" + name + "'";
    }
}
