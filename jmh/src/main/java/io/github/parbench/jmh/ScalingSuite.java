package io.github.parbench.jmh;

import io.github.parbench.workload.ScalingWorkload;
import io.github.parbench.exec.ExecutionModel;
import io.github.parbench.exec.Model;
import io.github.parbench.process.JitCompilations;
import io.github.parbench.workload.Kernels;
import io.github.parbench.workload.Workload;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * What every scaling suite shares: one workload run by each execution model on k workers.
 *
 * <p>Params (kept by name in {@code -rf json}, which the report and compare tools key off):
 * {@code model} (the {@link Model} names), {@code workers} (k) and {@code size} ({@code large},
 * {@code small} or an explicit n as {@link ScalingWorkload} defines them, e.g.
 * {@code -p size=10000000,100000000} to see that time grows linearly with n).
 *
 * <p>{@link #strong()} splits a fixed n over the k workers (ideal: k times faster than serial);
 * {@link #weak()} gives each worker n (ideal: as fast as serial on n). SERIAL ignores k, so sweeps
 * that want serial once per size run it with {@code workers=1}.
 *
 * <p>Every model runs the same compiled kernel: the fork's JVM gets {@link Kernels}'s
 * {@code -XX:CompileCommand=dontinline} flags (and worker processes get them from
 * {@code ChildJvm}), so the kernel is never inlined into one caller's loop and not another's.
 *
 * <p>Every operation compares its checksum with serial's, computed once per trial in the fork, and
 * throws on a mismatch: a model that drops or repeats a part fails loudly instead of looking fast.
 *
 * <p>A model with worker JVMs (PROCESS_POOL) has them warmed in the trial's setup until JIT
 * compilation has gone quiet in them and in the fork ({@link WorkerJvmWarmup}; the fork's log says
 * how long it took): JMH's warm-up iterations warm the fork by time, not JVMs that boot inside them.
 * The fork gets {@link JitCompilations}'s flags for it; {@link WorkerCompilationsProfiler} shows
 * what still compiles while measured.
 *
 * <p>A model this JVM cannot run ({@code VIRTUAL_THREADS} before JDK 21) stays in the param list, so
 * the jar lists the same benchmarks on every JDK; the jar's entry point ({@link BenchmarksMain}) and
 * {@code scripts/bench} leave it out of a run with one line saying why, and a run that asks for it
 * by name fails its setup with that reason.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 3, jvmArgsAppend = {Kernels.QUIET, Kernels.COUNTDOWN_OUT_OF_LINE, Kernels.SQRT_OUT_OF_LINE,
        JitCompilations.ADD_MODULE, JitCompilations.ADD_EXPORTS})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public abstract class ScalingSuite {

    /**
     * JMH needs the names as constants; BenchmarksMainTest fails when they drift from {@link Model},
     * the one list of models (an empty {@code @Param} would take the enum at run time, but the jar's
     * {@code -lp} listing, which the CLI plans from, would not show the names).
     */
    @Param({"SERIAL", "THREADS", "VIRTUAL_THREADS", "THREAD_POOL", "FORK_JOIN", "PROCESS_SPAWN", "PROCESS_POOL"})
    public Model model;

    @Param({"1", "2", "4"})
    public int workers;

    @Param({"large", "small"})
    public String size;

    private Workload workload;
    private ExecutionModel exec;
    private long n;
    private long strongChecksum;
    private long weakChecksum;

    /** The workload this suite measures, with its sizes. */
    protected abstract ScalingWorkload scalingWorkload();

    @Setup(Level.Trial)
    public void setUp(BenchmarkParams params) {
        workload = scalingWorkload().workload();
        n = scalingWorkload().n(size);
        strongChecksum = workload.run(0, n);
        weakChecksum = workload.run(0, n * workers);
        exec = model.open(workers);
        Runnable operation = params.getBenchmark().endsWith(".weak") ? this::weak : this::strong;
        WorkerJvmWarmup.Outcome warmed = WorkerJvmWarmup.warm(exec, operation);
        if (exec.workerJvms() > 0) {
            System.out.println("[parbench] " + warmed);
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        if (exec != null) {
            exec.close();
        }
    }

    /** Fixed total n split over k workers. */
    @Benchmark
    public long strong() {
        return checked(exec.run(workload, n), strongChecksum);
    }

    /** n per worker: k x n in all. */
    @Benchmark
    public long weak() {
        return checked(exec.run(workload, n * workers), weakChecksum);
    }

    private long checked(long actual, long expected) {
        if (actual != expected) {
            throw new IllegalStateException(model + " x " + workers + " on " + workload.name() + " returned checksum "
                    + actual + ", serial's is " + expected);
        }
        return actual;
    }
}
