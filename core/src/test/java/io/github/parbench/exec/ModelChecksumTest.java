package io.github.parbench.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.parbench.workload.Countdown;
import io.github.parbench.workload.SqrtSum;
import io.github.parbench.workload.Workload;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every execution model does all the work exactly once: its checksum is serial's. */
class ModelChecksumTest {

    static Stream<Arguments> models() {
        List<Arguments> cases = new ArrayList<>();
        for (Model m : new Model[] {Model.SERIAL, Model.THREADS, Model.THREAD_POOL, Model.FORK_JOIN}) {
            for (int k : new int[] {1, 2, 3, 8}) {
                cases.add(Arguments.of(m, k));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} x {1}")
    @MethodSource("models")
    void returnsSerialsChecksumIncludingMoreWorkersThanWork(Model model, int workers) {
        try (ExecutionModel exec = model.open(workers)) {
            for (Workload w : new Workload[] {new Countdown(), new SqrtSum()}) {
                for (long n : new long[] {0, 1, 5, 1_000_003}) {
                    assertEquals(w.run(0, n), exec.run(w, n), w.name() + " n=" + n);
                }
            }
        }
    }
}
