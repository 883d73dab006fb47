package io.github.parbench.cli.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Controls the run's family-wise error: a gate fails when any row is slower, so the chance that
 * matters is per run, and with B rows each tested at alpha/2 it grows towards 1 - (1 - alpha/2)^B.
 * Holm's step-down keeps the chance that an unchanged build has any row called slower at most
 * alpha/2, whatever the rows' dependence, and never rejects less than Bonferroni's alpha/(2B) per row
 * does: rank the m tested rows by the p-value of {@link DecisionRule#pWorse}; the k-th smallest is
 * tested at alpha/(2(m - k + 1)), and the first that fails stops the rest. A row keeps its slower
 * verdict only when Holm rejects it too. Faster gets the same treatment on its own p-values, so
 * either direction is flagged by chance at most alpha/2, both together at most alpha.
 */
final class HolmStepDown {

    private HolmStepDown() {
    }

    /** The rows with the family-wise step applied, in the same order. */
    static List<ComparisonRow> apply(List<ComparisonRow> rows, DecisionRule rule) {
        List<Integer> tested = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (isTested(rows.get(i))) {
                tested.add(i);
            }
        }
        int m = tested.size();
        boolean[] slower = rejected(rows, tested, rule, r -> rule.pWorse(r.estimate().orElseThrow(), r.higherIsBetter()));
        boolean[] faster = rejected(rows, tested, rule, r -> rule.pBetter(r.estimate().orElseThrow(), r.higherIsBetter()));
        List<ComparisonRow> out = new ArrayList<>(rows);
        for (int i = 0; i < rows.size(); i++) {
            ComparisonRow row = rows.get(i);
            if (!isTested(row)) {
                continue;
            }
            Verdict verdict = row.verdict();
            String note = row.note();
            if ((verdict == Verdict.SLOWER && !slower[i]) || (verdict == Verdict.FASTER && !faster[i])) {
                note = verdict.label() + " on its own, not after Holm's correction over the run's " + m + " rows";
                verdict = Verdict.UNSURE;
            }
            out.set(i, row.after(verdict, note));
        }
        return out;
    }

    /** How many of the rows the step tests: those with a t interval and enough samples to be decided. */
    static long tested(List<ComparisonRow> rows) {
        return rows.stream().filter(HolmStepDown::isTested).count();
    }

    static boolean isTested(ComparisonRow row) {
        return row.verdict() != Verdict.BROKEN && row.verdict() != Verdict.MISSING
                && row.estimate().filter(RatioEstimate::tested)
                        .filter(e -> e.fewestSamples() >= DecisionRule.MIN_SAMPLES).isPresent();
    }

    private static boolean[] rejected(List<ComparisonRow> rows, List<Integer> tested, DecisionRule rule,
                                      ToDoubleFunction<ComparisonRow> pValue) {
        boolean[] rejected = new boolean[rows.size()];
        double[] p = new double[rows.size()];
        for (int i : tested) {
            p[i] = pValue.applyAsDouble(rows.get(i));
        }
        List<Integer> order = new ArrayList<>(tested);
        order.sort(Comparator.comparingDouble(i -> p[i]));
        int m = order.size();
        for (int k = 0; k < m; k++) {
            int row = order.get(k);
            // Strictly below, as the single-row rule's interval condition is strict.
            if (!(p[row] < rule.alpha() / (2.0 * (m - k)))) {
                break;
            }
            rejected[row] = true;
        }
        return rejected;
    }
}
