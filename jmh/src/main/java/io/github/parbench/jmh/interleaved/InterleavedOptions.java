package io.github.parbench.jmh.interleaved;

import io.github.parbench.exec.Model;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import joptsimple.OptionException;
import joptsimple.OptionParser;
import joptsimple.OptionSet;
import joptsimple.OptionSpec;

/**
 * The interleaved harness's command line, parsed with jopt-simple (JMH's own parser, already in
 * benchmarks.jar). Every value is checked here, so a bad one is one line before anything opens.
 */
record InterleavedOptions(String workload, String size, List<Integer> workers, List<Model> models,
                          BlockExperiment.Settings settings, Path out, Path baselineJar, Path candidateJar) {

    private static final OptionParser PARSER = new OptionParser();
    private static final OptionSpec<String> WORKLOAD = PARSER.accepts("workload", "countdown or sqrt")
            .withRequiredArg().required();
    private static final OptionSpec<String> SIZE = PARSER.accepts("size", "large, small or an explicit n")
            .withRequiredArg().defaultsTo("large");
    private static final OptionSpec<Integer> WORKERS = PARSER.accepts("workers", "worker counts of every model but SERIAL")
            .withRequiredArg().ofType(Integer.class).withValuesSeparatedBy(',').defaultsTo(1, 2);
    private static final OptionSpec<String> MODELS = PARSER.accepts("models",
            "models besides SERIAL and its twin (default: every model this JDK can run)").withRequiredArg()
            .withValuesSeparatedBy(',');
    private static final OptionSpec<Integer> BLOCKS = PARSER.accepts("blocks",
            "measured blocks (default 40); with --precision, the fewest (default 10)").withRequiredArg().ofType(Integer.class);
    private static final OptionSpec<Double> PRECISION = PARSER.accepts("precision",
            "measure until every speedup interval is at most this wide on either side, relative to its estimate"
            + " (0.02: ±2%), or until --budget is spent").withRequiredArg().ofType(Double.class);
    private static final OptionSpec<Double> BUDGET = PARSER.accepts("budget",
            "with --precision: the most time spent measuring (e.g. 90s, 3m)").withRequiredArg()
            .withValuesConvertedBy(new DurationConverter()).defaultsTo(300.0);
    private static final OptionSpec<Double> CONFIDENCE = PARSER.accepts("confidence",
            "the level of the intervals --precision applies to").withRequiredArg().ofType(Double.class).defaultsTo(0.95);
    private static final OptionSpec<Integer> WARMUP = PARSER.accepts("warmup",
            "warm-up rounds at least; with --warmup-rule blocks, exactly").withRequiredArg().ofType(Integer.class)
            .defaultsTo(10);
    private static final OptionSpec<String> WARMUP_RULE = PARSER.accepts("warmup-rule",
            "steady: until every contender's time has settled and JIT compilation has gone quiet in every JVM it"
            + " runs in; blocks: --warmup rounds and no more (the old rule, for comparison)").withRequiredArg()
            .defaultsTo("steady");
    private static final OptionSpec<Double> WARMUP_CAP = PARSER.accepts("warmup-cap",
            "the steady-state warm-up ends here, warm or not, and the results say who was still settling (e.g. 60s)")
            .withRequiredArg().withValuesConvertedBy(new DurationConverter()).defaultsTo(60.0);
    private static final OptionSpec<Double> MIN_ENTRY_MS = PARSER.accepts("min-entry-ms",
            "batch operations shorter than this into one entry per block, timed by the warm-up; 0 for single operations")
            .withRequiredArg().ofType(Double.class).defaultsTo(5.0);
    private static final OptionSpec<Long> SEED = PARSER.accepts("seed", "seeds the order of the blocks")
            .withRequiredArg().ofType(Long.class).defaultsTo(1L);
    private static final OptionSpec<String> SCHEDULE = PARSER.accepts("schedule",
            "interleaved, or sequential: every operation of one contender, then the next (the biased design)")
            .withRequiredArg().defaultsTo("interleaved");
    private static final OptionSpec<Path> OUT = PARSER.accepts("out", "write the block log here")
            .withRequiredArg().withValuesConvertedBy(new PathConverter());
    private static final OptionSpec<Path> BASELINE_JAR = PARSER.accepts("baseline-jar",
            "interleaved A/B: time the contenders of this benchmarks jar (served by a JVM running it) and the"
            + " candidate's in the same blocks; the log then holds both builds").withRequiredArg()
            .withValuesConvertedBy(new PathConverter());
    private static final OptionSpec<Path> CANDIDATE_JAR = PARSER.accepts("candidate-jar",
            "with --baseline-jar: the candidate's jar (default: the class path this runs from)").withRequiredArg()
            .withValuesConvertedBy(new PathConverter());
    private static final OptionSpec<Void> HELP = PARSER.acceptsAll(List.of("h", "help"), "this help").forHelp();

    /** The options, or null when help was asked for. */
    static InterleavedOptions parse(String... args) {
        try {
            return parse(PARSER.parse(args));
        } catch (OptionException e) {
            // Values are converted when read, so a bad one surfaces here too, not only in parse().
            throw new IllegalArgumentException(e.getMessage()
                    + (e.getCause() != null && e.getCause().getMessage() != null ? ": " + e.getCause().getMessage() : ""));
        }
    }

    private static InterleavedOptions parse(OptionSet set) {
        if (set.has(HELP)) {
            return null;
        }
        if (!set.nonOptionArguments().isEmpty()) {
            throw new IllegalArgumentException("unexpected argument " + set.nonOptionArguments().get(0));
        }
        List<Integer> workers = set.valuesOf(WORKERS);
        if (workers.isEmpty() || workers.stream().anyMatch(k -> k < 1)) {
            throw new IllegalArgumentException("--workers must list counts >= 1, was " + workers);
        }
        BlockExperiment.Settings settings = new BlockExperiment.Settings(warmup(set), stop(set), set.valueOf(SEED),
                schedule(set.valueOf(SCHEDULE)), set.valueOf(MIN_ENTRY_MS));
        if (set.has(CANDIDATE_JAR) && !set.has(BASELINE_JAR)) {
            throw new IllegalArgumentException("--candidate-jar is for an A/B run: give --baseline-jar too");
        }
        if (set.has(BASELINE_JAR) && settings.schedule() != Schedule.INTERLEAVED) {
            throw new IllegalArgumentException("an A/B run (--baseline-jar) is interleaved by design: drop --schedule");
        }
        for (OptionSpec<Path> jar : List.of(BASELINE_JAR, CANDIDATE_JAR)) {
            if (set.has(jar) && !java.nio.file.Files.isReadable(set.valueOf(jar))) {
                throw new IllegalArgumentException("--" + jar.options().get(0) + " " + set.valueOf(jar)
                        + ": no such readable file");
            }
        }
        return new InterleavedOptions(set.valueOf(WORKLOAD), set.valueOf(SIZE), workers, models(set.valuesOf(MODELS)),
                settings, set.valueOf(OUT), set.valueOf(BASELINE_JAR), set.valueOf(CANDIDATE_JAR));
    }

    static void printHelp(OutputStream out) {
        try {
            PARSER.printHelpOn(out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static BlockExperiment.Warmup warmup(OptionSet set) {
        int rounds = set.valueOf(WARMUP);
        return switch (set.valueOf(WARMUP_RULE).toLowerCase(Locale.ROOT)) {
            case "steady" -> BlockExperiment.Warmup.steadyState(rounds, nanos(set.valueOf(WARMUP_CAP)));
            case "blocks" -> BlockExperiment.Warmup.rounds(rounds);
            default -> throw new IllegalArgumentException("--warmup-rule must be steady or blocks, was '"
                    + set.valueOf(WARMUP_RULE) + "'");
        };
    }

    private static BlockExperiment.Stop stop(OptionSet set) {
        if (!set.has(PRECISION)) {
            if (set.has(BUDGET)) {
                throw new IllegalArgumentException("--budget caps a --precision run; without --precision, --blocks says how long");
            }
            return new BlockExperiment.Stop(set.has(BLOCKS) ? set.valueOf(BLOCKS) : 40, Double.NaN, Long.MAX_VALUE,
                    set.valueOf(CONFIDENCE));
        }
        return new BlockExperiment.Stop(set.has(BLOCKS) ? set.valueOf(BLOCKS) : 10, set.valueOf(PRECISION),
                nanos(set.valueOf(BUDGET)), set.valueOf(CONFIDENCE));
    }

    private static long nanos(double seconds) {
        return (long) Math.min(Long.MAX_VALUE, seconds * 1e9);
    }

    private static Schedule schedule(String name) {
        try {
            return Schedule.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--schedule must be interleaved or sequential, was '" + name + "'");
        }
    }

    private static List<Model> models(List<String> names) {
        if (names.isEmpty()) {
            return Arrays.stream(Model.values()).filter(Model::available).toList();
        }
        Set<Model> chosen = new LinkedHashSet<>();
        for (String name : names) {
            try {
                chosen.add(Model.valueOf(name.trim().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--models: unknown model '" + name + "' (known: "
                        + String.join(", ", Arrays.stream(Model.values()).map(Enum::name).toList()) + ")");
            }
        }
        return new ArrayList<>(chosen);
    }

    /** A duration as seconds: {@code 90}, {@code 90s}, {@code 3m}, {@code 500ms}, {@code 1h}. */
    static final class DurationConverter implements joptsimple.ValueConverter<Double> {
        @Override
        public Double convert(String value) {
            String v = value.trim().toLowerCase(Locale.ROOT);
            double scale = 1;
            if (v.endsWith("ms")) {
                scale = 1e-3;
                v = v.substring(0, v.length() - 2);
            } else if (v.endsWith("s")) {
                v = v.substring(0, v.length() - 1);
            } else if (v.endsWith("m")) {
                scale = 60;
                v = v.substring(0, v.length() - 1);
            } else if (v.endsWith("h")) {
                scale = 3600;
                v = v.substring(0, v.length() - 1);
            }
            double seconds;
            try {
                seconds = Double.parseDouble(v) * scale;
            } catch (NumberFormatException e) {
                throw new joptsimple.ValueConversionException("'" + value + "' is not a duration (e.g. 90s, 3m, 500ms)");
            }
            if (!(seconds > 0) || Double.isInfinite(seconds)) {
                throw new joptsimple.ValueConversionException("'" + value + "' is not a positive duration");
            }
            return seconds;
        }

        @Override
        public Class<? extends Double> valueType() {
            return Double.class;
        }

        @Override
        public String valuePattern() {
            return "DURATION";
        }
    }

    /** jopt-simple's converter for a file name. */
    private static final class PathConverter implements joptsimple.ValueConverter<Path> {
        @Override
        public Path convert(String value) {
            return Path.of(value);
        }

        @Override
        public Class<? extends Path> valueType() {
            return Path.class;
        }

        @Override
        public String valuePattern() {
            return "FILE";
        }
    }
}
