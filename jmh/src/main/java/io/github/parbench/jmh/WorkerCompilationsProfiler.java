package io.github.parbench.jmh;

import io.github.parbench.process.JitCompilations;
import java.io.File;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.ExternalProfiler;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * {@code -prof io.github.parbench.jmh.WorkerCompilationsProfiler}: the JIT compilations that finished
 * during each iteration in the fork's own JVM ({@code compiles.fork}) and in its child JVMs
 * ({@code compiles.workers}, a process pool's workers), as JMH's {@code -prof comp} shows compile
 * time for the fork alone. A measured iteration with compilations in the workers measured JIT work
 * along with the pool: JMH warms the fork by time, but the workers warm only by the calls the fork
 * makes, and the first of those waits for them to boot.
 *
 * <p>Counted from HotSpot's {@code sun.ci.totalCompiles} ({@link JitCompilations}), read before and
 * after the iteration, outside its timing. The workers are the fork's children whose counters can
 * be read, looked up afresh at each iteration; one born during an iteration counts from zero. A
 * child that ends during an iteration is not seen, so PROCESS_SPAWN's JVMs, which live for one
 * operation and are cold by design, are not counted, and neither is a child whose counter cannot be
 * read at all (not a JVM, or one run with {@code -XX:-UsePerfData}; the pool's workers keep theirs).
 * When the fork's own counter, or a child's read at the start, cannot be read, that metric is left
 * out of the iteration rather than given as a zero.
 *
 * <p>It is also an {@link ExternalProfiler} only to add {@link JitCompilations#JVM_FLAGS} to the
 * fork's command line, so it counts in any benchmark, and still does when a {@code -jvmArgsAppend}
 * on the command line replaces the one in a benchmark's {@code @Fork}.
 */
public final class WorkerCompilationsProfiler implements InternalProfiler, ExternalProfiler {

    public static final String FORK = "compiles.fork";
    public static final String WORKERS = "compiles.workers";
    private static final String UNIT = "#";

    /** Attached child JVMs by pid, kept across iterations so each is mapped once. */
    private final Map<Long, JitCompilations> children = new HashMap<>();
    private final Map<Long, Long> childrenAtStart = new HashMap<>();
    private JitCompilations fork;
    private long forkAtStart;

    @Override
    public String getDescription() {
        return "JIT compilations during each iteration, in the fork's JVM and in its child JVMs (a process pool's workers)";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        if (fork == null) {
            fork = JitCompilations.ofThisJvm();
        }
        childrenAtStart.clear();
        for (Map.Entry<Long, JitCompilations> child : attachChildren().entrySet()) {
            childrenAtStart.put(child.getKey(), child.getValue().finished());
        }
        // Read last, so the attaching above is not counted as the iteration's.
        forkAtStart = fork.finished();
    }

    @Override
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams,
                                                       IterationResult result) {
        // Read first, so the attaching below is not counted as the iteration's.
        long forkAtEnd = fork.finished();
        long workers = 0;
        for (Map.Entry<Long, JitCompilations> child : attachChildren().entrySet()) {
            long atEnd = child.getValue().finished();
            Long atStart = childrenAtStart.get(child.getKey());
            if (atEnd < 0 || (atStart != null && atStart < 0)) {
                workers = -1;
                break;
            }
            workers += atEnd - (atStart == null ? 0 : atStart);
        }
        List<Result> results = new ArrayList<>();
        if (forkAtStart >= 0 && forkAtEnd >= 0) {
            results.add(new ScalarResult(FORK, forkAtEnd - forkAtStart, UNIT, AggregationPolicy.SUM));
        }
        if (workers >= 0) {
            results.add(new ScalarResult(WORKERS, workers, UNIT, AggregationPolicy.SUM));
        }
        return results;
    }

    /**
     * The fork's children now whose counters can be read, attached once each; those gone are let go.
     * One that cannot be read yet (a JVM still creating its performance data) is tried again next time.
     */
    private Map<Long, JitCompilations> attachChildren() {
        Set<Long> now = ProcessHandle.current().children().map(ProcessHandle::pid).collect(Collectors.toSet());
        for (Iterator<Map.Entry<Long, JitCompilations>> it = children.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<Long, JitCompilations> child = it.next();
            if (!now.contains(child.getKey())) {
                child.getValue().close();
                it.remove();
            }
        }
        for (long pid : now) {
            if (!children.containsKey(pid)) {
                JitCompilations child = JitCompilations.of(pid);
                if (child.readable()) {
                    children.put(pid, child);
                } else {
                    child.close();
                }
            }
        }
        return children;
    }

    @Override
    public Collection<String> addJVMInvokeOptions(BenchmarkParams params) {
        return List.of();
    }

    @Override
    public Collection<String> addJVMOptions(BenchmarkParams params) {
        return List.of(JitCompilations.JVM_FLAGS);
    }

    @Override
    public void beforeTrial(BenchmarkParams benchmarkParams) {
    }

    @Override
    public Collection<? extends Result> afterTrial(BenchmarkResult br, long pid, File stdOut, File stdErr) {
        return List.of();
    }

    @Override
    public boolean allowPrintOut() {
        return true;
    }

    @Override
    public boolean allowPrintErr() {
        return true;
    }
}
