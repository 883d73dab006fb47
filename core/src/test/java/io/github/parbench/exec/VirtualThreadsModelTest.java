package io.github.parbench.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.parbench.workload.Countdown;
import io.github.parbench.workload.Workload;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/**
 * VIRTUAL_THREADS runs on virtual threads from JDK 21 on, and before that refuses with a reason
 * instead of quietly running something else. The build targets 17, so which half runs depends on
 * the JDK the tests run on (JAVA_HOME=/path/to/jdk-21+ mvn -pl core test runs the other half).
 */
class VirtualThreadsModelTest {

    private static final boolean JDK_HAS_VIRTUAL_THREADS = Runtime.version().feature() >= 21;

    @Test
    void availableExactlyOnJdksWithVirtualThreadsAndEveryOtherModelAlways() {
        assertEquals(JDK_HAS_VIRTUAL_THREADS, Model.VIRTUAL_THREADS.available(),
                () -> "Java " + Runtime.version() + ": " + Model.VIRTUAL_THREADS.whyUnavailable().orElse("available"));
        Arrays.stream(Model.values()).filter(m -> m != Model.VIRTUAL_THREADS)
                .forEach(m -> assertTrue(m.available() && m.whyUnavailable().isEmpty(), m.name()));
    }

    @Test
    void withoutVirtualThreadsOpeningTheModelSaysWhyNamingTheJvm() {
        assumeFalse(JDK_HAS_VIRTUAL_THREADS, "this JDK has virtual threads");
        UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class,
                () -> Model.VIRTUAL_THREADS.open(2));
        assertTrue(e.getMessage().startsWith("VIRTUAL_THREADS needs JDK 21 or newer"), e.getMessage());
        assertTrue(e.getMessage().contains("Java " + Runtime.version()), e.getMessage());
        assertEquals(e.getMessage(), Model.VIRTUAL_THREADS.whyUnavailable().orElseThrow());
    }

    @Test
    void eachPartRunsOnItsOwnVirtualThreadWhichIsJoinedBeforeTheRunReturns() throws Exception {
        assumeTrue(JDK_HAS_VIRTUAL_THREADS, "virtual threads need JDK 21 or newer");
        Set<Thread> seen = ConcurrentHashMap.newKeySet();
        Workload countdown = new Countdown();
        Workload recording = new Workload() {
            @Override
            public String name() {
                return countdown.name();
            }

            @Override
            public long run(long from, long to) {
                seen.add(Thread.currentThread());
                return countdown.run(from, to);
            }
        };
        try (ExecutionModel exec = Model.VIRTUAL_THREADS.open(4)) {
            assertEquals(countdown.run(0, 1_000_003), exec.run(recording, 1_000_003));
        }
        assertEquals(4, seen.size(), "one thread per part: " + seen);
        var isVirtual = Thread.class.getMethod("isVirtual");
        for (Thread t : seen) {
            assertTrue((Boolean) isVirtual.invoke(t), t + " is a virtual thread");
            assertNotSame(Thread.currentThread(), t);
            assertFalse(t.isAlive(), t + " was joined");
        }
        assertEquals(Set.of("parbench-virtual-0", "parbench-virtual-1", "parbench-virtual-2", "parbench-virtual-3"),
                Set.copyOf(seen.stream().map(Thread::getName).toList()));
    }

    @Test
    void aFailingPartFailsTheRunNamingItsThread() {
        assumeTrue(JDK_HAS_VIRTUAL_THREADS, "virtual threads need JDK 21 or newer");
        Workload failing = new Workload() {
            @Override
            public String name() {
                return "failing";
            }

            @Override
            public long run(long from, long to) {
                if (from > 0) {
                    throw new ArithmeticException("part from " + from);
                }
                return 0;
            }
        };
        try (ExecutionModel exec = Model.VIRTUAL_THREADS.open(2)) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> exec.run(failing, 10));
            assertEquals("thread 1 failed", e.getMessage());
            assertEquals(List.of(ArithmeticException.class), List.of(e.getCause().getClass()));
        }
    }
}
