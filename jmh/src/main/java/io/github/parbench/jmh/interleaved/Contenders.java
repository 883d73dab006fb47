package io.github.parbench.jmh.interleaved;

import io.github.parbench.exec.ExecutionModel;
import io.github.parbench.exec.Model;
import io.github.parbench.process.JitCompilations;
import java.util.ArrayList;
import java.util.List;

/**
 * The contenders of one run, opened together and closed together: SERIAL, its twin, then every
 * other model at every worker count, then THREAD_POOL's twin when THREAD_POOL runs on 2+ workers. Closing is idempotent and safe from a shutdown hook, so the
 * pools and child JVMs go however the run ends (a checksum that fails, an interrupt, SIGTERM).
 */
final class Contenders implements AutoCloseable {

    /**
     * A second, independent THREAD_POOL at the lowest worker count of 2 or more: its ratio to
     * THREAD_POOL should be 1. SERIAL_TWIN runs on one core and cannot see what only hits the
     * second (a host that runs one vCPU slower than the other); this one uses both.
     */
    static final String THREAD_POOL_TWIN = "THREAD_POOL_TWIN";

    private final List<Contender> list;
    private boolean closed;

    private Contenders(List<Contender> list) {
        this.list = List.copyOf(list);
    }

    /**
     * Opens every contender; each counts the JIT compilations of the harness's JVM ({@code harness})
     * and of its own workers.
     */
    static Contenders open(List<Model> models, List<Integer> workerCounts, JitCompilations harness) {
        List<Contender> opened = new ArrayList<>();
        try {
            opened.add(counted(Contender.SERIAL, 1, Model.SERIAL.open(1), harness));
            opened.add(counted(Contender.SERIAL_TWIN, 1, Model.SERIAL.open(1), harness));
            for (Model model : models) {
                if (model == Model.SERIAL) {
                    continue;
                }
                for (int k : workerCounts) {
                    opened.add(counted(model.name(), k, model.open(k), harness));
                }
            }
            int twinWorkers = twoCoreTwinWorkers(models, workerCounts);
            if (twinWorkers > 0) {
                opened.add(counted(THREAD_POOL_TWIN, twinWorkers, Model.THREAD_POOL.open(twinWorkers), harness));
            }
            return new Contenders(opened);
        } catch (RuntimeException | Error e) {
            opened.forEach(Contenders::closeOne);
            throw e;
        }
    }

    /** The worker count of the two-core A/A control: THREAD_POOL's lowest of 2 or more; 0 when there is none. */
    static int twoCoreTwinWorkers(List<Model> models, List<Integer> workerCounts) {
        if (!models.contains(Model.THREAD_POOL)) {
            return 0;
        }
        return workerCounts.stream().filter(k -> k >= 2).mapToInt(Integer::intValue).min().orElse(0);
    }

    /**
     * Opens the named contenders and no others: {@code models.get(i)} at {@code workers.get(i)}
     * ({@link Contender#SERIAL_TWIN} is a second SERIAL), for a build's {@link EntryServer}.
     */
    static Contenders openEach(List<String> models, List<Integer> workers, JitCompilations harness) {
        List<Contender> opened = new ArrayList<>();
        try {
            for (int i = 0; i < models.size(); i++) {
                String name = models.get(i);
                // A twin (SERIAL_TWIN, THREAD_POOL_TWIN) is a second instance of its model.
                Model model = Model.valueOf(name.endsWith("_TWIN") ? name.substring(0, name.length() - "_TWIN".length()) : name);
                opened.add(counted(name, workers.get(i), model.open(workers.get(i)), harness));
            }
            return new Contenders(opened);
        } catch (RuntimeException | Error e) {
            opened.forEach(Contenders::closeOne);
            throw e;
        }
    }

    private static Contender counted(String name, int workers, ExecutionModel exec, JitCompilations harness) {
        return new Contender(name, workers, exec, new CountedJvms(harness, exec::workerPids, exec.workerJvms()));
    }

    private static void closeOne(Contender c) {
        try {
            c.exec().close();
        } finally {
            if (c.compilations() instanceof CountedJvms counted) {
                counted.close();
            }
        }
    }

    List<Contender> list() {
        return list;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        RuntimeException first = null;
        for (Contender c : list) {
            try {
                closeOne(c);
            } catch (RuntimeException e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
