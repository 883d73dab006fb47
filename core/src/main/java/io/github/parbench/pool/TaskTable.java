package io.github.parbench.pool;

import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Worker side: the tasks of the registries named on the command line, by name. */
final class TaskTable {

    private final Map<String, Task<?, ?>> byName;

    private TaskTable(Map<String, Task<?, ?>> byName) {
        this.byName = byName;
    }

    /**
     * Loads {@link BuiltinTasks} and the named registry classes.
     *
     * @throws IllegalArgumentException naming the class or task name that is wrong
     */
    static TaskTable load(List<String> registryClassNames) {
        List<TaskRegistry> registries = new ArrayList<>();
        registries.add(new BuiltinTasks());
        for (String className : registryClassNames) {
            registries.add(instantiate(className));
        }
        Map<String, Task<?, ?>> byName = new TreeMap<>();
        for (TaskRegistry r : registries) {
            for (Task<?, ?> t : r.tasks()) {
                Task<?, ?> before = byName.putIfAbsent(t.name(), t);
                if (before != null && before != t) {
                    throw new IllegalArgumentException("task name '" + t.name() + "' is registered twice (again by "
                            + r.getClass().getName() + ")");
                }
            }
        }
        return new TaskTable(byName);
    }

    private static TaskRegistry instantiate(String className) {
        try {
            Class<?> c = Class.forName(className);
            if (!TaskRegistry.class.isAssignableFrom(c)) {
                throw new IllegalArgumentException("task registry " + className + " does not implement "
                        + TaskRegistry.class.getName());
            }
            return (TaskRegistry) c.getConstructor().newInstance();
        } catch (ClassNotFoundException e) {
            throw new IllegalArgumentException("task registry " + className + " is not on the class path", e);
        } catch (NoSuchMethodException | InstantiationException | IllegalAccessException
                 | InvocationTargetException e) {
            throw new IllegalArgumentException("task registry " + className
                    + " needs a public no-argument constructor: " + e, e);
        }
    }

    @SuppressWarnings("unchecked")
    Task<Object, Object> get(String name) {
        return (Task<Object, Object>) byName.get(name);
    }

    String names() {
        return String.join(", ", byName.keySet());
    }
}
