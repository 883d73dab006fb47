package io.github.parbench.cli.runreport;

import io.github.parbench.cli.document.Numbers;
import io.github.parbench.cli.speedup.SpeedupRow;
import io.github.parbench.cli.speedup.SpeedupTable;
import io.github.parbench.format.InterleavedDesign;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What an interleaved table's figures rest on, contender by contender: how each was warmed, whether
 * the JIT compiler was still at work while it was measured, and the precision asked for and
 * reached. Files from before these were recorded say so in one quiet line, without a warning.
 */
final class MeasurementNotes {

    /** Marks a contender measured while compiling; the footnote under its table gives the count. */
    static final String COMPILED = "†";

    private MeasurementNotes() {
    }

    /** The model as its table shows it: with the mark when it compiled while measured. */
    static String model(SpeedupRow row) {
        return row.compiledDuringMeasurement() ? row.model() + " " + COMPILED : row.model();
    }

    /** Whether the table needs a warm-up column: some contender's file says how it was warmed. */
    static boolean hasWarmup(SpeedupTable table) {
        return table.rows().stream().anyMatch(r -> r.warmup() != null);
    }

    /** "14 entries, 0.52 s, 37 compilations (cap reached)", or "—" when its file does not say. */
    static String warmup(SpeedupRow row) {
        InterleavedDesign.Warmup w = row.warmup();
        if (w == null) {
            return Numbers.NONE;
        }
        return w.entries() + " entries, " + Numbers.significant(w.millis() / 1000, 3) + " s"
                + (w.compilations() >= 0 ? ", " + w.compilations() + " compilations" : "")
                + (w.capHit() ? " (cap reached)" : "");
    }

    /** The lines under the table: the compilation footnote, then warm-up, compilations and precision. */
    static List<String> paragraphs(SpeedupTable table) {
        List<String> lines = new ArrayList<>();
        compiledFootnote(table).ifPresent(lines::add);
        List<String> facts = new ArrayList<>();
        facts.add(warmupFact(table));
        compilationsFact(table).ifPresent(facts::add);
        precisionFact(table).ifPresent(facts::add);
        lines.add(String.join(" ", facts));
        return lines;
    }

    private static Optional<String> compiledFootnote(SpeedupTable table) {
        List<String> compiled = table.rows().stream().filter(SpeedupRow::compiledDuringMeasurement)
                .map(r -> r.model() + " x" + r.workers() + " (" + r.compilations() + ")").toList();
        if (compiled.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(COMPILED + " Measured while compiling: JIT compilations finished during the measured entries"
                + " of " + String.join(", ", compiled) + ", so their times may include the compiler's work.");
    }

    private static String warmupFact(SpeedupTable table) {
        List<InterleavedDesign.Warmup> warmups = table.rows().stream().map(SpeedupRow::warmup).filter(Objects::nonNull).toList();
        if (warmups.isEmpty()) {
            int blocks = table.design().warmupBlocks();
            return "Warm-up: " + blocks + " untimed block" + (blocks == 1 ? "." : "s.");
        }
        String rules = String.join(", ", warmups.stream().map(InterleavedDesign.Warmup::rule).distinct().toList());
        double most = warmups.stream().mapToDouble(InterleavedDesign.Warmup::millis).max().orElse(0);
        List<String> capped = table.rows().stream().filter(r -> r.warmup() != null && r.warmup().capHit())
                .map(r -> r.model() + " x" + r.workers()).toList();
        return "Warm-up: " + rules + ", at most " + Numbers.significant(most / 1000, 3) + " s per contender"
                + (capped.isEmpty() ? "; every contender reached steady state."
                : "; warm-up cap reached before steady state for " + String.join(", ", capped) + ".");
    }

    /** CPython has no JIT to count, so its tables say nothing here. */
    private static Optional<String> compilationsFact(SpeedupTable table) {
        if (table.cpython()) {
            return Optional.empty();
        }
        List<SpeedupRow> recorded = table.rows().stream().filter(r -> r.compilations() >= 0).toList();
        if (recorded.isEmpty()) {
            return Optional.of("JIT compilations during measurement: not recorded.");
        }
        if (recorded.stream().noneMatch(SpeedupRow::compiledDuringMeasurement)) {
            return Optional.of("JIT compilations during measurement: none"
                    + (recorded.size() < table.rows().size() ? " where recorded." : "."));
        }
        return Optional.empty();
    }

    private static Optional<String> precisionFact(SpeedupTable table) {
        List<SpeedupRow> contenders = table.rows().stream()
                .filter(r -> r.precision() != null && !"SERIAL".equals(r.model())).toList();
        if (contenders.isEmpty()) {
            return Optional.empty();
        }
        double target = contenders.stream().mapToDouble(r -> r.precision().target()).filter(Double::isFinite)
                .findFirst().orElse(Double.NaN);
        SpeedupRow widest = contenders.stream()
                .max(java.util.Comparator.comparingDouble(r -> r.precision().reached())).orElseThrow();
        String reached = Numbers.plusMinusPercent(widest.precision().reached()) + " at worst (" + widest.model() + " x"
                + widest.workers() + ")";
        String method = widest.precision().interval() == null ? "" : ", " + widest.precision().interval() + " intervals";
        if (!Double.isFinite(target)) {
            return Optional.of("Precision: no target (a fixed number of blocks" + method + "); reached " + reached + ".");
        }
        boolean ranOut = contenders.stream().anyMatch(r -> r.precision().budgetExhausted());
        return Optional.of("Precision: target " + Numbers.plusMinusPercent(target) + method + "; reached " + reached
                + (ranOut ? "; the budget ran out before every interval reached the target." : "."));
    }
}
