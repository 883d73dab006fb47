package io.github.parbench.cli.findings;

import io.github.parbench.cli.document.Numbers;
import io.github.parbench.cli.speedup.NoiseCheck;
import io.github.parbench.cli.speedup.SpeedupRow;
import io.github.parbench.cli.speedup.SpeedupTable;
import io.github.parbench.format.InterleavedDesign;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The paragraphs the Findings open with, before anything a reader might act on: the run's
 * resolution when it cannot see differences of a few percent, then every reason to doubt a figure
 * (a failed A/A control, a contender measured while compiling, a warm-up cut off by its cap, a
 * precision target the budget did not reach). Each is said here once; the Speedup section shows
 * where, experiment by experiment, without repeating the warning.
 */
public final class FindingWarnings {

    /** Contenders named in one warning before the rest are only counted. */
    private static final int NAMED = 4;

    private FindingWarnings() {
    }

    public static List<String> of(List<SpeedupTable> tables) {
        List<String> warnings = new ArrayList<>();
        resolution(tables).ifPresent(warnings::add);
        failedControls(tables).ifPresent(warnings::add);
        failedTwoCoreControls(tables).ifPresent(warnings::add);
        compiledWhileMeasured(tables).ifPresent(warnings::add);
        warmupCapHit(tables).ifPresent(warnings::add);
        budgetRanOut(tables).ifPresent(warnings::add);
        return warnings;
    }

    /** The resolution, when some experiment's A/A interval is wider than ±3%: then it leads. */
    static Optional<String> resolution(List<SpeedupTable> tables) {
        List<SpeedupTable> coarse = NoiseCheck.coarse(tables);
        if (coarse.isEmpty()) {
            return Optional.empty();
        }
        List<SpeedupTable> controlled = NoiseCheck.controlled(tables);
        SpeedupTable widest = coarse.stream().max(java.util.Comparator.comparingDouble(t -> t.resolution().orElseThrow()))
                .orElseThrow();
        double narrowest = coarse.stream().mapToDouble(t -> t.resolution().orElseThrow()).min().orElseThrow();
        String range = coarse.size() == 1 ? Numbers.plusMinusPercent(narrowest)
                : Numbers.plusMinusPercent(narrowest) + " to " + Numbers.plusMinusPercent(widest.resolution().orElseThrow());
        List<SpeedupTable> fine = controlled.stream().filter(t -> !coarse.contains(t)).toList();
        long held = coarse.stream().filter(t -> NoiseCheck.verdict(t).orElseThrow() == NoiseCheck.Verdict.LOW_RESOLUTION).count();
        return Optional.of("Resolution: differences under " + range + " are not visible in "
                + (coarse.size() == 1 ? widest.title() : coarse.size() + " of " + controlled.size() + " experiments (widest: "
                + widest.title() + ")") + ": the A/A control's interval (SERIAL against an identical SERIAL) was that"
                + " wide there" + (fine.isEmpty() ? "" : "; in the other " + fine.size() + ", at most "
                + Numbers.plusMinusPercent(NoiseCheck.worstResolution(fine)))
                + "." + (held == 0 ? "" : " " + (held == coarse.size() ? (held == 1 ? "That control" : "Those controls")
                : held + " of them") + " covered 1.0: low resolution, not a failed control; more blocks narrow it.")
                + " Each experiment's and each contender's resolution is under Speedup.");
    }

    /** The controls whose interval excludes 1.0: the machine moved the figures there. */
    static Optional<String> failedControls(List<SpeedupTable> tables) {
        List<SpeedupTable> failed = NoiseCheck.failed(tables);
        if (failed.isEmpty()) {
            return Optional.empty();
        }
        List<String> where = failed.stream().map(t -> {
            SpeedupRow twin = t.twin().orElseThrow();
            return t.title() + ": the A/A control came out " + Numbers.fixed(twin.speedup(), 3) + " ["
                    + Numbers.fixed(twin.low(), 3) + ", " + Numbers.fixed(twin.high(), 3) + "]";
        }).toList();
        return Optional.of("Warning: the A/A control failed in " + failed.size() + " of "
                + NoiseCheck.controlled(tables).size() + " experiments, an interval that excludes 1.0 ("
                + String.join("; ", where) + "): this machine was too noisy for the figures of "
                + (failed.size() == 1 ? "that experiment" : "those experiments")
                + " to be trusted. Rerun on a quieter machine.");
    }

    /** The two-core controls (THREAD_POOL against its twin) whose interval excludes 1.0. */
    static Optional<String> failedTwoCoreControls(List<SpeedupTable> tables) {
        List<SpeedupTable> failed = NoiseCheck.twoCoreFailed(tables);
        if (failed.isEmpty()) {
            return Optional.empty();
        }
        long controlled = tables.stream().filter(t -> t.twoCoreControl().isPresent()).count();
        List<String> where = failed.stream().map(t -> {
            var c = t.twoCoreControl().orElseThrow();
            return t.title() + ": " + Numbers.fixed(c.score(), 3) + " [" + Numbers.fixed(c.low(), 3) + ", "
                    + Numbers.fixed(c.high(), 3) + "]";
        }).toList();
        return Optional.of("Warning: the two-core A/A control (THREAD_POOL against an identical THREAD_POOL, both cores"
                + " busy) failed in " + failed.size() + " of " + controlled + " experiments, an interval that excludes 1.0 ("
                + String.join("; ", where) + "): what runs on both cores was moved by the machine there, so the"
                + " parallel models' figures of " + (failed.size() == 1 ? "that experiment" : "those experiments")
                + " are not to be trusted.");
    }

    static Optional<String> compiledWhileMeasured(List<SpeedupTable> tables) {
        List<String> where = contenders(tables, SpeedupRow::compiledDuringMeasurement);
        if (where.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("Warning: " + count(where.size(), "contender was", "contenders were") + " measured while"
                + " the JIT compiler was still finishing compilations (" + named(where) + "; each is marked under Speedup with its count): their times may include the compiler's work.");
    }

    static Optional<String> warmupCapHit(List<SpeedupTable> tables) {
        List<String> where = contenders(tables, r -> r.warmup() != null && r.warmup().capHit());
        if (where.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("Warning: warm-up cap reached before steady state for " + count(where.size(), "contender",
                "contenders") + " (" + named(where) + "): their figures may still include warm-up.");
    }

    static Optional<String> budgetRanOut(List<SpeedupTable> tables) {
        List<String> where = new ArrayList<>();
        for (SpeedupTable table : tables) {
            List<InterleavedDesign.Precision> out = table.rows().stream().map(SpeedupRow::precision)
                    .filter(p -> p != null && p.budgetExhausted()).toList();
            if (!out.isEmpty()) {
                double reached = out.stream().mapToDouble(InterleavedDesign.Precision::reached).max().orElseThrow();
                where.add(table.title() + ": target " + Numbers.plusMinusPercent(out.get(0).target()) + ", reached "
                        + Numbers.plusMinusPercent(reached));
            }
        }
        if (where.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("Warning: the measuring budget ran out before the precision target was reached in "
                + count(where.size(), "experiment", "experiments") + " (" + String.join("; ", where) + ").");
    }

    /** "THREADS x2 in countdown, large (n = ...)" for every contender of every table that matches. */
    private static List<String> contenders(List<SpeedupTable> tables, Predicate<SpeedupRow> matches) {
        List<String> where = new ArrayList<>();
        for (SpeedupTable table : tables) {
            table.rows().stream().filter(matches)
                    .forEach(r -> where.add(r.model() + " x" + r.workers() + " in " + table.title()));
        }
        return where;
    }

    private static String named(List<String> items) {
        if (items.size() <= NAMED) {
            return String.join("; ", items);
        }
        return String.join("; ", items.subList(0, NAMED)) + " and " + (items.size() - NAMED) + " more";
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
