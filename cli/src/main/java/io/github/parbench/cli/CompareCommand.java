package io.github.parbench.cli;

import io.github.parbench.cli.compare.ComparisonDocument;
import io.github.parbench.cli.compare.ComparisonResult;
import io.github.parbench.cli.compare.DecisionRule;
import io.github.parbench.cli.compare.PairedComparison;
import io.github.parbench.cli.compare.UnpairedComparison;
import io.github.parbench.cli.document.MarkdownRenderer;
import io.github.parbench.format.BadInputException;
import io.github.parbench.cli.input.PairedRunReader;
import io.github.parbench.cli.input.ResultSet;
import io.github.parbench.format.AtomicFile;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Compares a candidate run with a baseline and prints a Markdown table.",
            "BASELINE CANDIDATE: two JMH JSON files or run directories (Welch t-test on per-fork means).",
            "PAIRED_RUN_DIR alone: a paired run from scripts/bench --baseline (paired t-test on round ratios).",
            "Exit status: 0 nothing regressed; 1 a benchmark is slower, broken in the candidate (NaN, zero or",
            "negative) or missing from it (unless --allow-missing); 2 bad input."})
final class CompareCommand implements Callable<Integer> {

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..2", paramLabel = "RUN", description = "BASELINE CANDIDATE, or one PAIRED_RUN_DIR")
    List<Path> inputs;

    @Option(names = "--threshold", paramLabel = "PERCENT", defaultValue = "5", converter = PercentConverter.class,
            description = "minimum change that counts, in percent (default: ${DEFAULT-VALUE})")
    double threshold;

    @Option(names = "--alpha", paramLabel = "P", defaultValue = "0.05",
            description = "significance level of the test; the CI is 1 - alpha (default: ${DEFAULT-VALUE})")
    double alpha;

    @Option(names = "--out", paramLabel = "FILE", description = "also write the Markdown table to FILE (e.g. a CI job summary)")
    Path out;

    @Option(names = "--allow-missing",
            description = "benchmarks of the baseline that the candidate lacks are listed, but do not fail"
                    + " (for a change that deletes or renames benchmarks on purpose)")
    boolean allowMissing;

    @Override
    public Integer call() throws Exception {
        if (!(alpha > 0 && alpha < 1)) {
            throw new BadInputException("--alpha must be between 0 and 1, was " + alpha);
        }
        if (inputs.size() > 2) {
            // picocli lets a List parameter take more values than its arity names.
            throw new BadInputException("compare takes BASELINE CANDIDATE or one PAIRED_RUN_DIR, not " + inputs.size() + " arguments");
        }
        DecisionRule rule = new DecisionRule(threshold, alpha);
        ComparisonResult result;
        if (inputs.size() == 1) {
            Path dir = inputs.get(0);
            if (!PairedRunReader.isPaired(dir)) {
                throw new BadInputException(dir, "is not a paired run directory (no paired.json);"
                        + " to compare two runs give BASELINE CANDIDATE");
            }
            result = PairedComparison.compare(PairedRunReader.read(dir), rule);
        } else {
            ResultSet baseline = ResultSet.read(inputs.get(0));
            ResultSet candidate = ResultSet.read(inputs.get(1));
            result = UnpairedComparison.compare(baseline, candidate, rule);
        }
        if (allowMissing) {
            result = result.allowingMissing();
        }
        String markdown = MarkdownRenderer.render(ComparisonDocument.of(result));
        if (out != null) {
            AtomicFile.write(out, markdown);
        }
        spec.commandLine().getOut().print(markdown);
        return result.failed() ? Main.FAILED : Main.OK;
    }

    /** {@code 5}, {@code 5%} or {@code 2.5} percent; never negative. */
    static final class PercentConverter implements CommandLine.ITypeConverter<Double> {
        @Override
        public Double convert(String value) {
            String number = value.trim().endsWith("%") ? value.trim().substring(0, value.trim().length() - 1) : value.trim();
            double percent;
            try {
                percent = Double.parseDouble(number);
            } catch (NumberFormatException e) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a percentage");
            }
            if (!(percent >= 0) || Double.isInfinite(percent)) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a non-negative percentage");
            }
            return percent / 100;
        }
    }
}
