package io.github.parbench.jmh;

import io.github.parbench.exec.Model;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openjdk.jmh.runner.BenchmarkList;
import org.openjdk.jmh.runner.BenchmarkListEntry;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * The benchmarks jar's entry point: JMH's own {@code Main}, with one difference. A model this JVM
 * cannot run (VIRTUAL_THREADS before JDK 21) would fail every benchmark of it in setup, so when the
 * selected benchmarks take a {@code model} param and the command line does not choose models, the
 * run gets {@code -p model=<the runnable ones>} and one line per model left out saying why. Asking
 * for such a model by name ({@code -p model=VIRTUAL_THREADS}) still runs it, and its setup fails
 * with the reason. Listing ({@code -l}, {@code -lp}) is JMH's own, so it shows every model.
 */
public final class BenchmarksMain {

    static final String MODEL = "model";

    private BenchmarksMain() {
    }

    public static void main(String[] args) throws Exception {
        org.openjdk.jmh.Main.main(withRunnableModels(args, Model.unavailableHere(),
                BenchmarkList.defaultList(), System.out));
    }

    /** The arguments for JMH: as given, or with {@code -p model=...} naming only the runnable models. */
    static String[] withRunnableModels(String[] args, Map<String, String> unavailable, BenchmarkList benchmarks,
                                       PrintStream out) {
        if (unavailable.isEmpty()) {
            return args;
        }
        CommandLineOptions options;
        try {
            options = new CommandLineOptions(args);
        } catch (CommandLineOptionException e) {
            return args; // JMH reports the bad option itself
        }
        if (options.shouldHelp() || options.shouldList() || options.shouldListWithParams()
                || options.shouldListProfilers() || options.shouldListResultFormats()
                || options.getParameter(MODEL).hasValue()) {
            return args;
        }
        List<String> includes = options.getIncludes().isEmpty() ? List.of(".*") : options.getIncludes();
        Set<String> models = new LinkedHashSet<>();
        for (BenchmarkListEntry entry : benchmarks.find(OutputFormatFactory.createFormatInstance(out, VerboseMode.SILENT),
                includes, options.getExcludes())) {
            if (entry.getParams().hasValue() && entry.getParams().get().containsKey(MODEL)) {
                models.addAll(Arrays.asList(entry.getParams().get().get(MODEL)));
            }
        }
        List<String> leftOut = models.stream().filter(unavailable::containsKey).toList();
        models.removeAll(leftOut);
        if (leftOut.isEmpty() || models.isEmpty()) {
            return args;
        }
        for (String model : leftOut) {
            out.println("[parbench] left out of this run: " + unavailable.get(model) + " (-p model=... chooses models)");
        }
        List<String> result = new ArrayList<>(Arrays.asList(args));
        result.add("-p");
        result.add(MODEL + "=" + String.join(",", models));
        return result.toArray(String[]::new);
    }
}
