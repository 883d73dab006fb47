package io.github.parbench.jcstress;

import io.github.parbench.format.RunFiles;
import io.github.parbench.provenance.GitState;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.SortedSet;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.openjdk.jcstress.JCStress;
import org.openjdk.jcstress.Options;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Runs the lessons under jcstress and fails (exit 1, naming the test) unless every selected test
 * ran, observed nothing FORBIDDEN, errored nowhere and showed each required hazard. jcstress's
 * own exit code is not enough: it exits 0 when nothing matches and when it skips a test that has
 * more actors than the machine has CPUs.
 */
@Command(name = "conformance-gate", mixinStandardHelpOptions = true,
        description = "Run the parbench jcstress tests and gate on their results.")
public final class ConformanceGate implements Callable<Integer> {

    static final int FAILED = 1;
    static final int BAD_INPUT = 2;

    @Option(names = "--mode", defaultValue = "quick", description = "jcstress mode: ${COMPLETION-CANDIDATES}",
            completionCandidates = Modes.class)
    String mode;

    @Option(names = "--tests", defaultValue = "io\\.github\\.parbench\\.jcstress\\..*",
            description = "Regex selecting tests by class name (jcstress -t).")
    String tests;

    @Option(names = "--out", defaultValue = "target",
            description = "Directory for conformance.json and the jcstress report.")
    Path out;

    @Option(names = "--repo", defaultValue = ".",
            description = "A directory of the checkout whose git commit conformance.json records.")
    Path repo;

    public static void main(String[] args) {
        System.exit(new CommandLine(new ConformanceGate()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        String badInput = checkInput();
        if (badInput != null) {
            System.err.println("conformance-gate: " + badInput);
            return BAD_INPUT;
        }
        Path reportDir = out.resolve("jcstress-report");
        Options options = new Options(JCStressArguments.of(mode, tests, reportDir).toArray(String[]::new));
        if (!options.parse()) {
            System.err.println("conformance-gate: jcstress rejected its options (see above)");
            return BAD_INPUT;
        }
        JCStress jcstress = new JCStress(options);
        SortedSet<String> selected = jcstress.getTests();
        if (selected.isEmpty()) {
            System.err.println("conformance-gate: no jcstress test matches --tests '" + tests + "'");
            return FAILED;
        }

        long start = System.nanoTime();
        try {
            jcstress.run();
        } catch (AssertionError failures) {
            // jcstress 0.16 ends a run with failed tests by throwing "TEST FAILURES". The gate
            // grades the results file itself, with more to check than jcstress does.
            System.out.println("jcstress reported failures; grading its results file");
        }
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;

        List<LessonResult> graded = JCStressResults.grade(selected, Path.of(options.getResultFile()).toAbsolutePath());
        ConformanceReport report = new ConformanceReport(jcstressVersion(), mode, Instant.now(), graded, GitState.of(repo));
        Path json = out.resolve(RunFiles.CONFORMANCE);
        ConformanceJson.write(report, json);
        SummaryPrinter.print(report, System.out);
        System.out.printf("jcstress ran %d s; summary in %s, jcstress's report in %s%n", seconds, json, reportDir);
        return report.passed() ? 0 : FAILED;
    }

    private String checkInput() {
        if (!JCStressArguments.MODES.contains(mode)) {
            return "--mode '" + mode + "' is not one of " + JCStressArguments.MODES;
        }
        try {
            Pattern.compile(tests);
        } catch (PatternSyntaxException e) {
            return "--tests '" + tests + "' is not a valid regex: " + e.getDescription();
        }
        return null;
    }

    static String jcstressVersion() throws IOException {
        try (InputStream in = JCStress.class.getResourceAsStream(
                "/META-INF/maven/org.openjdk.jcstress/jcstress-core/pom.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties pom = new Properties();
            pom.load(in);
            return pom.getProperty("version", "unknown");
        }
    }

    static final class Modes implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return JCStressArguments.MODES.stream().sorted().iterator();
        }
    }
}
