package io.github.parbench.lessons.processes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.parbench.process.ChildJvm;
import io.github.parbench.shared.SharedValue;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A shared {@code Value} that two processes count up: without the lock, {@code value += 1} from
 * two processes loses updates; with the value's lock, none is lost.
 */
class SharedValueAcrossProcessesTest {

    private static final int RACY_INCREMENTS = 1_000_000;
    private static final int LOCKED_INCREMENTS = 200_000;
    private static final int TRIES = 5;

    @TempDir
    Path dir;

    @Test
    @Timeout(60)
    void twoProcessesIncrementingWithoutTheLockLoseUpdates() throws Exception {
        List<Integer> totals = new ArrayList<>();
        for (int attempt = 0; attempt < TRIES; attempt++) {
            int total = countInTwoProcesses("racy", RACY_INCREMENTS);
            totals.add(total);
            assertTrue(total <= 2 * RACY_INCREMENTS, "never more than the increments made: " + total);
            if (total < 2 * RACY_INCREMENTS) {
                System.out.println("racy shared value: " + totals + " of " + 2 * RACY_INCREMENTS);
                return;
            }
        }
        throw new AssertionError("no lost update in " + TRIES + " tries: " + totals);
    }

    @Test
    @Timeout(60)
    void twoProcessesIncrementingUnderTheValuesLockLoseNone() throws Exception {
        assertEquals(2 * LOCKED_INCREMENTS, countInTwoProcesses("locked", LOCKED_INCREMENTS));
    }

    private int countInTwoProcesses(String mode, int each) throws Exception {
        Path valueFile = dir.resolve("value-" + mode);
        Path gateFile = dir.resolve("gate-" + mode);
        try (SharedValue value = SharedValue.create(valueFile, 0);
             SharedValue gate = SharedValue.create(gateFile, 0)) {
            List<Process> counters = new ArrayList<>();
            try {
                for (int i = 0; i < 2; i++) {
                    counters.add(ChildJvm.start(SharedCounterMain.class,
                            valueFile.toString(), gateFile.toString(), mode, Integer.toString(each)));
                }
                for (Process p : counters) {
                    String line = new BufferedReader(new InputStreamReader(p.getInputStream(),
                            StandardCharsets.UTF_8)).readLine();
                    assertEquals("ready", line, "counter started");
                }
                gate.set(1); // both are mapped and spinning: they start together
                for (Process p : counters) {
                    assertTrue(p.waitFor(40, TimeUnit.SECONDS), "counter finished");
                    assertEquals(0, p.exitValue(), "counter exit code");
                }
            } finally {
                counters.forEach(Process::destroyForcibly);
            }
            return value.get();
        }
    }
}
