package io.github.parbench.jcstress;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jcstress.annotations.Description;
import org.openjdk.jcstress.infra.Status;
import org.openjdk.jcstress.infra.TestInfo;
import org.openjdk.jcstress.infra.collectors.DiskReadCollector;
import org.openjdk.jcstress.infra.collectors.InProcessCollector;
import org.openjdk.jcstress.infra.collectors.TestResult;
import org.openjdk.jcstress.infra.grading.GradingResult;
import org.openjdk.jcstress.infra.grading.ReportUtils;
import org.openjdk.jcstress.infra.grading.TestGrading;
import org.openjdk.jcstress.infra.runners.TestList;

/**
 * Reads what jcstress recorded (its binary results file, through its own classes, never its
 * console text) and grades every selected test, including those it never ran.
 */
public final class JCStressResults {

    private JCStressResults() {
    }

    /** One result per selected test, in the given order. */
    public static List<LessonResult> grade(Collection<String> selected, Path resultsFile) throws IOException {
        Map<String, TestResult> byName = read(resultsFile);
        List<LessonResult> graded = new ArrayList<>();
        for (String test : selected) {
            TestInfo info = TestList.getInfo(test);
            Class<?> testClass = load(info);
            String lesson = lessonOf(testClass);
            long required = requiredInteresting(testClass);
            TestResult result = byName.get(test);
            if (result == null) {
                graded.add(LessonResult.noResults(test, lesson, required, whyMissing(info, resultsFile)));
            } else if (result.status() != Status.NORMAL) {
                graded.add(LessonResult.errored(test, lesson, required, ReportUtils.statusToLabel(result),
                        outcomes(result), firstMessage(result)));
            } else {
                graded.add(LessonResult.graded(test, lesson, required, outcomes(result)));
            }
        }
        return graded;
    }

    private static Map<String, TestResult> read(Path resultsFile) throws IOException {
        Map<String, TestResult> byName = new HashMap<>();
        if (!Files.isRegularFile(resultsFile)) {
            return byName;
        }
        InProcessCollector collector = new InProcessCollector();
        DiskReadCollector reader = new DiskReadCollector(resultsFile.toString(), collector);
        try {
            reader.dump();
        } catch (ClassNotFoundException e) {
            throw new IOException("cannot read jcstress results " + resultsFile + ": " + e.getMessage(), e);
        } finally {
            reader.close();
        }
        // One result per fork and configuration: the lesson is about all of them together.
        for (TestResult merged : ReportUtils.mergedByName(collector.getTestResults())) {
            byName.put(merged.getName(), merged);
        }
        return byName;
    }

    private static List<OutcomeCount> outcomes(TestResult result) {
        List<OutcomeCount> outcomes = new ArrayList<>();
        for (GradingResult g : TestGrading.grade(result).gradingResults.values()) {
            outcomes.add(new OutcomeCount(g.id, g.expect.name(), g.count, g.description));
        }
        return outcomes;
    }

    private static String firstMessage(TestResult result) {
        return result.getMessages().stream()
                .filter(m -> !ReportUtils.skipMessage(m) && !m.isBlank())
                .findFirst()
                .map(String::strip)
                .orElse(null);
    }

    private static String whyMissing(TestInfo info, Path resultsFile) {
        int cpus = Runtime.getRuntime().availableProcessors();
        if (info.threads() > cpus) {
            return "jcstress skipped it: " + info.threads() + " actors need more than the " + cpus + " CPUs here";
        }
        if (!Files.isRegularFile(resultsFile)) {
            return "jcstress wrote no results file (" + resultsFile + ")";
        }
        return "jcstress recorded no result for it";
    }

    /** The test's {@code @Description}: the lesson as the slide states it. */
    private static String lessonOf(Class<?> test) {
        Description description = test.getAnnotation(Description.class);
        return description == null ? test.getSimpleName() : description.value();
    }

    private static long requiredInteresting(Class<?> test) {
        MustObserve must = test.getAnnotation(MustObserve.class);
        return must == null ? 0 : must.min();
    }

    private static Class<?> load(TestInfo info) {
        try {
            return Class.forName(info.binaryName(), false, JCStressResults.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("jcstress lists " + info.name() + " but its class is not on the class path", e);
        }
    }
}
