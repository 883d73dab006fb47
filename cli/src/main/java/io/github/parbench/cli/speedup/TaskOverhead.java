package io.github.parbench.cli.speedup;

import io.github.parbench.format.JmhResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;

/**
 * What a parallel model costs per operation on top of the work itself: {@code T(model, b) -
 * T(SERIAL, b)} in each block of an interleaved experiment, in microseconds, with a Student-t
 * interval over the blocks. At the small size this is the cost of handing out one task and
 * collecting its answer (issue 17's target: the process pool within 2x of the thread pool), the
 * JVM's counterpart of the lecture's {@code Pool.apply} round trip.
 *
 * <p>Both times come from the same blocks, so the difference is paired and the machine's drift
 * cancels as it does in the speedups. The ratio of one model's overhead to the thread pool's is a
 * ratio of two means taken in the same blocks; it has no interval of its own here (its denominator
 * can come near zero), so read it beside both overheads' intervals.
 *
 * @param model   the model
 * @param workers k
 * @param micros  the mean overhead per operation, in microseconds
 * @param low     its interval's lower end
 * @param high    its interval's upper end
 * @param blocks  how many blocks it rests on
 */
public record TaskOverhead(String model, int workers, double micros, double low, double high, int blocks) {

    /** The overhead of every model but SERIAL and its twins in one experiment's results. */
    public static List<TaskOverhead> of(List<JmhResult> experiment, double confidence) {
        Optional<JmhResult> serial = experiment.stream().filter(r -> "SERIAL".equals(model(r))).findFirst();
        List<TaskOverhead> overheads = new ArrayList<>();
        if (serial.isEmpty()) {
            return overheads;
        }
        List<double[]> serialRows = serial.get().primary().forks();
        for (JmhResult r : experiment) {
            String model = model(r);
            if (model.equals("SERIAL") || model.endsWith("_TWIN")) {
                continue;
            }
            List<double[]> rows = r.primary().forks();
            if (rows.size() != serialRows.size()) {
                continue; // not paired block for block
            }
            SummaryStatistics differences = new SummaryStatistics();
            for (int j = 0; j < rows.size(); j++) {
                double[] own = rows.get(j);
                double[] base = serialRows.get(j);
                for (int b = 0; b < Math.min(own.length, base.length); b++) {
                    differences.addValue(1000 * (own[b] - base[b]));
                }
            }
            long n = differences.getN();
            if (n < 2) {
                continue;
            }
            double t = new TDistribution(n - 1).inverseCumulativeProbability(1 - (1 - confidence) / 2);
            double half = t * differences.getStandardDeviation() / Math.sqrt(n);
            overheads.add(new TaskOverhead(model, Integer.parseInt(r.key().params().get("workers")), differences.getMean(),
                    differences.getMean() - half, differences.getMean() + half, (int) n));
        }
        return overheads;
    }

    /** This model's overhead over the thread pool's at the same worker count, when both were measured. */
    public Optional<Double> overThreadPool(List<TaskOverhead> sameExperiment) {
        return sameExperiment.stream().filter(o -> o.model.equals("THREAD_POOL") && o.workers == workers)
                .filter(o -> o.micros > 0).findFirst().map(o -> micros / o.micros);
    }

    private static String model(JmhResult r) {
        return r.key().params().getOrDefault("model", "");
    }
}
