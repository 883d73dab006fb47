package io.github.parbench.cli.runreport;

import io.github.parbench.cli.scaling.ScalingGroup;
import io.github.parbench.cli.scaling.ScalingPoint;
import io.github.parbench.format.JmhResult;
import io.github.parbench.format.Metric;
import java.util.List;
import java.util.Optional;

/**
 * Marks a JMH scaling result whose worker JVMs were still compiling while it was measured: the
 * benchmarks jar's WorkerCompilationsProfiler counts, per measured iteration, the JIT compilations
 * that finished in the fork's child JVMs ({@value #WORKERS}). The fork's own count is not marked:
 * JMH's own work between iterations finishes a few compilations in every fork of every model.
 */
final class WorkerCompilationNotes {

    /** The profiler's secondary metric (jmh's WorkerCompilationsProfiler.WORKERS). */
    static final String WORKERS = "compiles.workers";

    private WorkerCompilationNotes() {
    }

    /**
     * Compilations in the worker JVMs over every measured iteration of every fork (summed from the
     * iterations, since merging forks makes the score a mean); -1 when the result does not record them.
     */
    static long duringMeasurement(JmhResult result) {
        Metric workers = result.secondary().get(WORKERS);
        if (workers == null || workers.forks().isEmpty()) {
            return -1;
        }
        double sum = 0;
        for (double[] fork : workers.forks()) {
            for (double iteration : fork) {
                sum += iteration;
            }
        }
        return Math.round(sum);
    }

    /** The model as the JMH table shows it: with the mark when its workers compiled while measured. */
    static String model(ScalingPoint point) {
        return duringMeasurement(point.result()) > 0 ? point.model() + " " + MeasurementNotes.COMPILED : point.model();
    }

    /** The footnote under the table, when some result is marked. */
    static Optional<String> footnote(ScalingGroup group) {
        List<String> compiled = group.points().stream().filter(p -> duringMeasurement(p.result()) > 0)
                .map(p -> p.model() + " x" + p.workers() + " (" + duringMeasurement(p.result()) + ")").toList();
        if (compiled.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(MeasurementNotes.COMPILED + " Measured while its worker JVMs compiled: JIT compilations"
                + " finished in the worker JVMs during the measured iterations of " + String.join(", ", compiled)
                + ", so their times may include the compiler's work.");
    }
}
