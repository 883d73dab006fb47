package io.github.parbench.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.parbench.process.Children;
import io.github.parbench.workload.Countdown;
import io.github.parbench.workload.SqrtSum;
import io.github.parbench.workload.Workload;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every execution model does all the work exactly once: its checksum is serial's. */
class ModelChecksumTest {

    /** Sizes include n < k (0, 1, 2 against k = 3), where some workers get an empty part. */
    private static final long[] SIZES = {0, 1, 2, 5, 1_000_003};

    static Stream<Arguments> models() {
        List<Arguments> cases = new ArrayList<>();
        for (Model m : Model.values()) {
            // Each PROCESS_SPAWN run starts k JVMs: k = 8 would add dozens of starts to prove no more
            // than k = 3 against n = 0, 1, 2 does.
            int[] ks = m == Model.PROCESS_SPAWN || m == Model.PROCESS_POOL ? new int[] {1, 2, 3} : new int[] {1, 2, 3, 8};
            for (int k : ks) {
                cases.add(Arguments.of(m, k));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} x {1}")
    @MethodSource("models")
    void returnsSerialsChecksumIncludingMoreWorkersThanWork(Model model, int workers) {
        assumeTrue(model.available(), () -> model.whyUnavailable().orElse(""));
        try (ExecutionModel exec = model.open(workers)) {
            for (Workload w : new Workload[] {new Countdown(), new SqrtSum()}) {
                for (long n : SIZES) {
                    assertEquals(w.run(0, n), exec.run(w, n), w.name() + " n=" + n);
                }
            }
        }
    }

    @AfterEach
    void leavesNoChildAlive() {
        assertEquals(0, Children.liveCount(), "child JVMs still alive after close");
        assertEquals(0, ProcessHandle.current().children().filter(ProcessHandle::isAlive).count(),
                "child processes still alive after close");
    }
}
