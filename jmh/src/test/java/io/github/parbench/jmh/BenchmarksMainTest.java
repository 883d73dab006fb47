package io.github.parbench.jmh;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.parbench.exec.Model;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.runner.BenchmarkList;

/** The jar's entry point leaves out a model this JVM cannot run instead of letting its benchmarks fail. */
class BenchmarksMainTest {

    private static final String WHY = "VIRTUAL_THREADS needs JDK 21 or newer (Thread.ofVirtual); this JVM is Java 17";
    private static final Map<String, String> NO_VIRTUAL_THREADS = Map.of("VIRTUAL_THREADS", WHY);

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);

    private String[] rewrite(Map<String, String> unavailable, String... args) {
        return BenchmarksMain.withRunnableModels(args, unavailable, BenchmarkList.defaultList(), out);
    }

    private String printed() {
        return printed.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aRunOfAScalingSuiteGetsTheRunnableModelsAndOneLineSayingWhatWasLeftOut() {
        String[] args = rewrite(NO_VIRTUAL_THREADS, "CountdownScaling", "-f", "1");
        assertEquals(List.of("CountdownScaling", "-f", "1", "-p",
                "model=SERIAL,THREADS,THREAD_POOL,FORK_JOIN,PROCESS_SPAWN,PROCESS_POOL"), List.of(args));
        assertEquals("[parbench] left out of this run: " + WHY + " (-p model=... chooses models)" + System.lineSeparator(),
                printed());
    }

    @Test
    void modelsChosenOnTheCommandLineListingAndOtherSuitesAreLeftAlone() {
        for (String[] args : List.of(
                new String[] {"CountdownScaling", "-p", "model=VIRTUAL_THREADS"},
                new String[] {"-lp"},
                new String[] {"-l", "CountdownScaling"},
                new String[] {"-h"},
                new String[] {"LockFairness", "-f", "1"},
                new String[] {"--no-such-option"})) {
            assertArrayEquals(args, rewrite(NO_VIRTUAL_THREADS, args), Arrays.toString(args));
        }
        String[] all = {"CountdownScaling"};
        assertArrayEquals(all, rewrite(Map.of(), all), "nothing to leave out");
        assertEquals("", printed());
    }

    @Test
    void theScalingSuitesOfferEveryModelInTheEnumsOrder() throws Exception {
        Param models = ScalingSuite.class.getField("model").getAnnotation(Param.class);
        assertEquals(Arrays.stream(Model.values()).map(Enum::name).toList(), List.of(models.value()));
    }
}
