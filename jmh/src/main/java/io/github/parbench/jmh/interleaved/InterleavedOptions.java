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
                          BlockExperiment.Settings settings, Path out) {

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
    private static final OptionSpec<Integer> BLOCKS = PARSER.accepts("blocks", "measured blocks")
            .withRequiredArg().ofType(Integer.class).defaultsTo(40);
    private static final OptionSpec<Integer> WARMUP = PARSER.accepts("warmup", "untimed blocks first")
            .withRequiredArg().ofType(Integer.class).defaultsTo(5);
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
    private static final OptionSpec<Void> HELP = PARSER.acceptsAll(List.of("h", "help"), "this help").forHelp();

    /** The options, or null when help was asked for. */
    static InterleavedOptions parse(String... args) {
        OptionSet set;
        try {
            set = PARSER.parse(args);
        } catch (OptionException e) {
            throw new IllegalArgumentException(e.getMessage());
        }
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
        BlockExperiment.Settings settings = new BlockExperiment.Settings(set.valueOf(WARMUP), set.valueOf(BLOCKS),
                set.valueOf(SEED), schedule(set.valueOf(SCHEDULE)), set.valueOf(MIN_ENTRY_MS));
        return new InterleavedOptions(set.valueOf(WORKLOAD), set.valueOf(SIZE), workers, models(set.valuesOf(MODELS)),
                settings, set.valueOf(OUT));
    }

    static void printHelp(OutputStream out) {
        try {
            PARSER.printHelpOn(out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
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
