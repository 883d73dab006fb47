package io.github.parbench.workload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.parbench.exec.Range;
import io.github.parbench.exec.Partition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WorkloadChecksumTest {

    @ParameterizedTest
    @ValueSource(strings = {Countdown.NAME, SqrtSum.NAME})
    void anyPartitionCombinesToSerialsChecksum(String name) {
        Workload w = Workloads.byName(name);
        long n = 100_003;
        long serial = w.run(0, n);
        for (int k : new int[] {1, 2, 3, 7, 64}) {
            long combined = 0;
            for (Range p : Partition.split(n, k)) {
                combined = Workload.combine(combined, w.run(p.from(), p.to()));
            }
            assertEquals(serial, combined, name + " split " + k + " ways");
        }
    }

    @Test
    void countdownTakesOneStepPerUnit() {
        assertEquals(12_345, new Countdown().run(0, 12_345));
        assertEquals(0, new Countdown().run(7, 7));
    }

    @Test
    void sqrtSumIsTheFixedPointSumOfRoots() {
        // sqrt(0) + sqrt(1) + sqrt(4) = 0 + 1 + 2 exactly; sqrt(2) and sqrt(3) truncated at 2^-20.
        long expected = (long) (Math.sqrt(2) * (1 << 20)) + (long) (Math.sqrt(3) * (1 << 20)) + 3L * (1 << 20);
        assertEquals(expected, new SqrtSum().run(0, 5));
    }

    @Test
    void unknownWorkloadNamesTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Workloads.byName("nope"));
        assertEquals("unknown workload 'nope' (known: countdown, sqrt)", e.getMessage());
    }
}
