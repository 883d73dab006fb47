package io.github.parbench.readme;

import io.github.parbench.pool.Codecs;
import io.github.parbench.pool.Task;
import io.github.parbench.pool.TaskRegistry;
import java.util.List;

/** The task registry of docs/process-pool.md, verbatim. */
public final class MathTasks implements TaskRegistry {

    public static final Task<Long, Long> SQUARE = Task.of("square", Codecs.LONG, Codecs.LONG, x -> x * x);

    public static final Task<Long, Long> SLEEP = Task.of("sleep", Codecs.LONG, Codecs.LONG, ms -> {
        Thread.sleep(ms);
        return ms;
    });

    @Override
    public List<Task<?, ?>> tasks() {
        return List.of(SQUARE, SLEEP);
    }
}
