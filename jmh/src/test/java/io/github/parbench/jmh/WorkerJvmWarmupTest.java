package io.github.parbench.jmh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.parbench.exec.ExecutionModel;
import io.github.parbench.exec.Model;
import io.github.parbench.workload.ScalingWorkload;
import io.github.parbench.workload.Workload;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The scaling suites' setup warms a process pool's workers until they stop compiling, or the cap. */
class WorkerJvmWarmupTest {

    private final Workload countdown = ScalingWorkload.COUNTDOWN.workload();
    private final long small = ScalingWorkload.COUNTDOWN.n("small");

    @Test
    void aModelWithoutWorkerJvmsIsLeftToJmhsWarmup() {
        AtomicLong calls = new AtomicLong();
        try (ExecutionModel serial = Model.SERIAL.open(1)) {
            WorkerJvmWarmup.Outcome outcome = WorkerJvmWarmup.warm(serial, calls::incrementAndGet);
            assertNotNull(outcome.why());
            assertEquals(0, calls.get());
        }
    }

    @Test
    @Timeout(120)
    void aProcessPoolIsWarmedUntilQuietOrTheCapAndSaysWhich() {
        try (ExecutionModel pool = Model.PROCESS_POOL.open(1)) {
            long start = System.nanoTime();
            WorkerJvmWarmup.Outcome outcome = WorkerJvmWarmup.warm(pool, () -> pool.run(countdown, small));
            long tookMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            assertNull(outcome.why(), outcome.toString());
            assertTrue(outcome.operations() > 1, outcome.toString());
            assertTrue(outcome.workerCompilations() > 0, "a fresh worker JVM compiles as it warms: " + outcome);
            assertTrue(outcome.forkCompilations() >= 0, outcome.toString());
            long capMillis = TimeUnit.NANOSECONDS.toMillis(WorkerJvmWarmup.CAP_NANOS);
            assertTrue(outcome.millis() <= capMillis + 1_000, "ends at the cap at the latest: " + outcome);
            assertTrue(outcome.capHit() || outcome.millis() >= TimeUnit.NANOSECONDS.toMillis(WorkerJvmWarmup.MIN_QUIET_NANOS),
                    "quiet for at least the minimum: " + outcome);
            assertTrue(outcome.millis() <= tookMillis, outcome + " within " + tookMillis + " ms");
        }
    }

    @Test
    @Timeout(60)
    void theSwitchTurnsItOff() {
        AtomicLong calls = new AtomicLong();
        System.setProperty(WorkerJvmWarmup.SWITCH, "off");
        try (ExecutionModel pool = Model.PROCESS_POOL.open(1)) {
            WorkerJvmWarmup.Outcome outcome = WorkerJvmWarmup.warm(pool, calls::incrementAndGet);
            assertEquals("worker JVMs not warmed to quiet: -D" + WorkerJvmWarmup.SWITCH + "=off", outcome.toString());
            assertEquals(0, calls.get());
        } finally {
            System.clearProperty(WorkerJvmWarmup.SWITCH);
        }
    }
}
