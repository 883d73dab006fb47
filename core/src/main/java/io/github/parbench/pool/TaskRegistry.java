package io.github.parbench.pool;

import java.util.List;

/**
 * The tasks a worker process may run. A pool names its registry classes on each worker's command
 * line ({@link ProcessPool.Builder#tasks}); the worker instantiates them through their public
 * no-argument constructor and runs nothing that is not listed. {@link BuiltinTasks} is always
 * loaded.
 */
public interface TaskRegistry {

    List<Task<?, ?>> tasks();
}
