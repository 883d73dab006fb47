package io.github.parbench.cli.findings;

import io.github.parbench.format.Conformance;
import io.github.parbench.cli.document.Numbers;
import io.github.parbench.format.JmhResult;
import io.github.parbench.cli.speedup.BlockRanking;
import io.github.parbench.cli.speedup.NoiseCheck;
import io.github.parbench.cli.speedup.SpeedupRow;
import io.github.parbench.cli.speedup.SpeedupTable;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The few sentences a reader needs from a run, written from its data: which model scaled best,
 * where processes lose to serial, what the GIL did to CPython's threads, the pool's round trip,
 * whether every conformance lesson held, and, when the A/A controls held, the differences the run can see.
 * A sentence whose data the run lacks is left out rather than guessed.
 */
public final class FindingSentences {

    private static final String SERIAL = "SERIAL";

    private FindingSentences() {
    }

    public static List<String> of(List<SpeedupTable> tables, List<JmhResult> results, Optional<Conformance> conformance) {
        List<String> sentences = new ArrayList<>();
        List<SpeedupTable> jvm = tables.stream().filter(t -> !t.cpython()).toList();
        bestScaling(jvm).ifPresent(sentences::add);
        processesLose(jvm).ifPresent(sentences::add);
        gil(tables).ifPresent(sentences::add);
        roundTrip(results).ifPresent(sentences::add);
        conformance.flatMap(FindingSentences::lessons).ifPresent(sentences::add);
        noise(tables).ifPresent(sentences::add);
        return sentences;
    }

    /**
     * The highest JVM speedup at the largest worker count, ranked against the other models at that
     * count from their ratio within each block ({@link BlockRanking}), not from overlapping intervals:
     * the nearest model it is shown faster than, and every one it cannot be told from.
     */
    static Optional<String> bestScaling(List<SpeedupTable> jvm) {
        record Candidate(SpeedupTable table, SpeedupRow row) {
        }
        int maxWorkers = jvm.stream().flatMap(t -> t.rows().stream()).mapToInt(SpeedupRow::workers).max().orElse(0);
        if (maxWorkers < 2) {
            return Optional.empty();
        }
        Optional<Candidate> best = jvm.stream().flatMap(t -> t.rows().stream()
                        .filter(r -> r.workers() == maxWorkers && isModel(r))
                        .map(r -> new Candidate(t, r)))
                .max(Comparator.comparingDouble(c -> c.row().speedup()));
        return best.map(c -> {
            List<SpeedupRow> others = c.table().rows().stream()
                    .filter(r -> r.workers() == maxWorkers && r != c.row() && isModel(r))
                    .sorted(Comparator.comparingDouble(SpeedupRow::speedup).reversed()).toList();
            List<String> tied = new ArrayList<>();
            Optional<BlockRanking> nearest = Optional.empty();
            boolean unranked = false;
            for (SpeedupRow other : others) {
                Optional<BlockRanking> ranking = BlockRanking.of(c.table(), c.row(), other);
                if (ranking.isEmpty()) {
                    unranked = true;
                } else if (!ranking.get().distinguishable()) {
                    tied.add(ranking.get().sentence());
                } else if (nearest.isEmpty()) {
                    nearest = ranking;
                }
            }
            String ranked = (tied.isEmpty() ? "" : "; " + String.join("; ", tied))
                    + nearest.map(r -> "; " + r.sentence()).orElse("")
                    + (unranked ? "; this run's files lack the per-block times to rank it against the others" : "");
            return "On the JVM, " + c.row().model() + " scaled best: " + speedup(c.row()) + " with " + maxWorkers
                    + " workers on " + c.table().title() + ", an efficiency of " + Numbers.percent(c.row().efficiency(), 0)
                    + ranked + ".";
        });
    }

    /** A model of the lecture other than SERIAL: not the baseline, not an A/A control. */
    private static boolean isModel(SpeedupRow row) {
        return !SERIAL.equals(row.model()) && !SpeedupTable.isControl(row.model());
    }

    /** Where the JVM's process models lose to SERIAL (speedup below 1 at every worker count). */
    static Optional<String> processesLose(List<SpeedupTable> jvm) {
        List<String> losses = new ArrayList<>();
        for (String model : List.of("PROCESS_POOL", "PROCESS_SPAWN")) {
            List<String> where = new ArrayList<>();
            for (SpeedupTable t : jvm) {
                Optional<SpeedupRow> bestOfModel = t.rows().stream().filter(r -> r.model().equals(model))
                        .max(Comparator.comparingDouble(SpeedupRow::speedup));
                bestOfModel.filter(r -> r.high() < 1).ifPresent(r ->
                        where.add(t.workload() + " at n = " + count(t.design().n()) + " (at best " + Numbers.ratio(r.speedup()) + "x)"));
            }
            if (!where.isEmpty()) {
                losses.add(model + " loses to SERIAL on " + String.join(", ", where));
            }
        }
        if (losses.isEmpty()) {
            return jvm.stream().anyMatch(t -> t.rows().stream().anyMatch(r -> r.model().startsWith("PROCESS_")))
                    ? Optional.of("No process model lost to SERIAL at every worker count in this run.") : Optional.empty();
        }
        return Optional.of(String.join("; ", losses) + ": a process costs more than the work it is given there.");
    }

    /** CPython's two threads against its serial countdown: the GIL's lesson, or its absence. */
    static Optional<String> gil(List<SpeedupTable> tables) {
        Optional<SpeedupTable> countdown = tables.stream()
                .filter(t -> t.cpython() && t.workload().equals("countdown") && t.size().equals("large")).findFirst();
        if (countdown.isEmpty()) {
            return Optional.empty();
        }
        Optional<SpeedupRow> threads = countdown.get().row("THREADS", 2);
        Optional<SpeedupRow> pool = countdown.get().row("PROCESS_POOL", 2);
        if (threads.isEmpty()) {
            return Optional.empty();
        }
        String verdict = threads.get().covers(1.0) ? "no faster than one, as the lecture says"
                : threads.get().high() < 1 ? "slower than one" : "faster than one, which the GIL should not allow";
        return Optional.of("Under CPython's GIL, two threads ran countdown(" + count(countdown.get().design().n()) + ") at "
                + speedup(threads.get()) + " of serial: " + verdict
                + pool.map(p -> "; a pool of two processes ran it at " + speedup(p)).orElse("") + ".");
    }

    /**
     * The pool's round trip on an idle machine, beside a thread pool's and, when the run measured
     * it interleaved with ours, CPython's {@code Pool.apply}, with the path each takes.
     */
    static Optional<String> roundTrip(List<JmhResult> results) {
        Optional<JmhResult> pool = latency(results, "processPoolApply");
        Optional<JmhResult> threads = latency(results, "threadPoolSubmit");
        Optional<JmhResult> cpython = latency(results, "poolApply");
        return pool.map(p -> "A ProcessPool.apply round trip took p50 " + micros(p, 50) + " us, p99 " + micros(p, 99)
                + " us on the idle machine" + threads.map(t -> " (a thread pool's: p50 " + micros(t, 50) + " us, p99 "
                + micros(t, 99) + " us)").orElse("") + cpython.map(c -> "; CPython's Pool.apply, measured interleaved"
                + " with it in this run: p50 " + micros(c, 50) + " us, p99 " + micros(c, 99) + " us (ours talks to the"
                + " worker from the caller's thread, CPython's goes through the pool's handler threads)").orElse("")
                + ".");
    }

    private static Optional<JmhResult> latency(List<JmhResult> results, String method) {
        return results.stream().filter(r -> r.key().benchmark().endsWith("RoundTripLatency." + method)
                && "idle".equals(r.key().params().get("load"))).findFirst();
    }

    private static String micros(JmhResult r, double percentile) {
        Double value = r.primary().percentiles().get(percentile);
        return value == null ? Numbers.NONE : Numbers.significant(value, 3);
    }

    static Optional<String> lessons(Conformance conformance) {
        List<Conformance.Lesson> tests = conformance.tests();
        if (tests == null || tests.isEmpty()) {
            return Optional.empty();
        }
        List<String> failed = new ArrayList<>();
        for (Conformance.Lesson test : tests) {
            if (!"PASSED".equals(test.verdict())) {
                String name = String.valueOf(test.test());
                failed.add(name.substring(name.lastIndexOf('.') + 1));
            }
        }
        return Optional.of(failed.isEmpty() ? "All " + tests.size() + " conformance lessons passed."
                : failed.size() + " of " + tests.size() + " conformance lessons failed: " + String.join(", ", failed) + ".");
    }

    /**
     * The A/A controls' verdict when every one held: the run's resolution as a finding. When one
     * failed or was too wide, {@link FindingWarnings} says so before everything else instead, once.
     */
    public static Optional<String> noise(List<SpeedupTable> tables) {
        List<SpeedupTable> controlled = NoiseCheck.controlled(tables);
        if (controlled.isEmpty() || controlled.stream().anyMatch(t -> NoiseCheck.verdict(t).orElseThrow() != NoiseCheck.Verdict.HELD)) {
            return Optional.empty();
        }
        String worst = Numbers.plusMinusPercent(NoiseCheck.worstResolution(controlled));
        String where = controlled.size() == 1 ? "in the run's one experiment (SERIAL against an identical SERIAL, an"
                + " interval covering 1.0, " + worst + " wide)" : "in all " + controlled.size() + " experiments (SERIAL"
                + " against an identical SERIAL, intervals covering 1.0 and at most " + worst + " wide)";
        return Optional.of("The A/A control held " + where + ": differences under " + worst
                + " are not visible here, larger ones are.");
    }

    private static String speedup(SpeedupRow row) {
        return Numbers.ratio(row.speedup()) + "x [" + Numbers.ratio(row.low()) + ", " + Numbers.ratio(row.high()) + "]";
    }

    private static String count(long n) {
        return NumberFormat.getIntegerInstance(Locale.ROOT).format(n);
    }
}
