package io.github.parbench.cli.compare;

import io.github.parbench.cli.document.Document;
import io.github.parbench.cli.document.Numbers;
import io.github.parbench.cli.document.TableBuilder;
import io.github.parbench.format.BenchmarkKey;
import java.util.List;

/** Lays a comparison out for a reader: what was compared and how, a summary, the table, the leftovers. */
public final class ComparisonDocument {

    private ComparisonDocument() {
    }

    public static Document of(ComparisonResult result) {
        DecisionRule rule = result.rule();
        Document doc = new Document("Benchmark comparison");
        doc.bullets(List.of(
                "Baseline: " + result.baselineName(),
                "Candidate: " + result.candidateName(),
                "Test: " + result.test() + " (two-sided, alpha " + Numbers.significant(rule.alpha()) + "); change = candidate / baseline - 1 with its "
                        + rule.confidenceText() + " confidence interval.",
                "Verdict: slower when the change is at least " + Numbers.percent(rule.threshold(), 1)
                        + " in the bad direction and the confidence interval shows at least half of that (faster: the"
                        + " mirror image; thrpt: higher is better; avgt, sample, ss: lower is better); same when the whole"
                        + " interval lies within +-" + Numbers.percent(rule.threshold(), 1) + "; unsure when the data cannot tell,"
                        + " and always with fewer than " + DecisionRule.MIN_SAMPLES + " " + result.samples() + " a side;"
                        + " broken when the candidate's score or a sample is NaN, infinite, zero or negative; missing when"
                        + " the baseline has the benchmark and the candidate does not. Slower, broken and missing fail.",
                "Run-wide: slower and faster must also survive Holm's step-down over the run's tested rows (the k-th"
                        + " smallest one-sided p-value is tested at alpha/2 / (rows - k + 1)), so an unchanged build has"
                        + " any row called slower with probability at most alpha/2, whatever the number of rows.",
                "Design: rounds = JMH forks paired by round (one baseline and one candidate fork back to back);"
                        + " interleaved = per-block ratios candidate/baseline of both builds timed in the same blocks;"
                        + " unpaired = per-fork means of two separate runs.",
                "Not visible: the smallest change the row could call slower or faster were it the only one changed"
                        + " (the threshold, or half of it plus the interval's half-width at Holm's strictest step);"
                        + " smaller differences are not visible here."));
        doc.paragraph(summary(result));
        doc.paragraph(errorRate(result));
        doc.paragraph(resolution(result));
        TableBuilder table = new TableBuilder().text("Benchmark").text("Params").text("Mode").number("Baseline")
                .number("Candidate").number("Change (" + rule.confidenceText() + " CI)").text("Design")
                .number("Not visible").text("Verdict");
        for (ComparisonRow row : result.rows()) {
            table.row(row.key().benchmark(), row.key().paramsText(), row.key().mode(), row.baseline(), row.candidate(),
                    change(row), row.design().label(), notVisible(result.resolution(row)), verdict(row, result.missingAllowed()));
        }
        doc.add(table.build());
        leftovers(doc, "Only in the candidate", result.onlyCandidate());
        if (!result.notes().isEmpty()) {
            doc.heading(1, "Notes").bullets(result.notes());
        }
        return doc;
    }

    /** {@code 8 benchmarks compared: 0 slower, ...}, then what was missing and whether it all fails. */
    private static String summary(ComparisonResult result) {
        StringBuilder text = new StringBuilder();
        text.append(result.compared()).append(" benchmarks compared: ").append(result.count(Verdict.SLOWER))
                .append(" slower, ").append(result.count(Verdict.FASTER)).append(" faster, ")
                .append(result.count(Verdict.SAME)).append(" same, ").append(result.count(Verdict.UNSURE)).append(" unsure");
        if (result.count(Verdict.BROKEN) > 0) {
            text.append(", ").append(result.count(Verdict.BROKEN)).append(" broken in the candidate");
        }
        text.append('.');
        if (result.count(Verdict.MISSING) > 0) {
            text.append(' ').append(result.count(Verdict.MISSING)).append(" of the baseline's benchmarks missing from the candidate")
                    .append(result.missingAllowed() ? " (allowed by --allow-missing)." : ".");
        }
        if (result.failed()) {
            text.append(" FAILED: ").append(String.join(", ", result.failures())).append('.');
        }
        return text.toString();
    }

    /** The family-wise false-alarm rate, stated for this run. */
    private static String errorRate(ComparisonResult result) {
        return "An unchanged build fails this comparison by chance with probability at most "
                + Numbers.percent(result.falseFailBound(), decimals(result.falseFailBound()))
                + " (alpha/2, family-wise over the " + result.tested() + " rows tested, by Holm's step-down;"
                + " under the tests' assumptions).";
    }

    /** What the run cannot see: the median row's resolution and the worst's. */
    private static String resolution(ComparisonResult result) {
        double[] all = result.resolutions();
        if (all.length == 0) {
            return "No row has enough samples to call any change: no difference is visible here.";
        }
        double worst = java.util.Arrays.stream(all).max().orElseThrow();
        return "Differences under " + notVisible(result.medianResolution()) + " are not visible here (the median row;"
                + " " + notVisible(worst) + " in the least precise one).";
    }

    private static String notVisible(double resolution) {
        return Double.isFinite(resolution) ? "±" + Numbers.percent(resolution, 1) : Numbers.NONE;
    }

    /** Enough decimals to show a small rate such as 0.005% without rounding it to 0. */
    private static int decimals(double fraction) {
        return Math.max(1, (int) Math.ceil(-Math.log10(fraction) - 1e-9) - 2);
    }

    private static String verdict(ComparisonRow row, boolean missingAllowed) {
        String note = row.verdict() == Verdict.MISSING && missingAllowed
                ? row.note() + "; allowed by --allow-missing" : row.note();
        return row.verdict().label() + (note.isEmpty() ? "" : " (" + note + ")");
    }

    private static String change(ComparisonRow row) {
        return row.estimate().map(e -> {
            String point = Numbers.signedPercent(e.ratio() - 1);
            if (!Double.isFinite(e.low())) {
                return point;
            }
            return point + " (" + Numbers.signedPercent(e.low() - 1) + " to " + Numbers.signedPercent(e.high() - 1) + ")";
        }).orElse(Numbers.NONE);
    }

    private static void leftovers(Document doc, String heading, List<BenchmarkKey> keys) {
        if (!keys.isEmpty()) {
            doc.heading(1, heading + " (" + keys.size() + ")");
            doc.bullets(keys.stream().map(k -> k.benchmark() + " " + k.mode()
                    + (k.params().isEmpty() ? "" : " (" + k.paramsText() + ")")).toList());
        }
    }
}
