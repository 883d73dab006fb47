package io.github.parbench.lessons.processes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.parbench.process.ChildProcess;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code multiprocessing.Process} on the JVM: a child has a name and a pid of its own, is alive
 * until it ends, and leaves an exit code; {@code terminate()} and {@code kill()} end a running
 * child by a signal that its exit code shows.
 */
@Timeout(30)
class ProcessLifecycleTest {

    private ChildProcess child;

    @AfterEach
    void killChild() throws InterruptedException {
        if (child != null) {
            child.kill();
            child.join(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void aChildHasItsNameAndPidIsAliveUntilItEndsAndLeavesItsExitCode() throws Exception {
        child = ChildProcess.of(LessonChildMain.class).name("worker-7").args("report", "7").pipeOutput().start();
        BufferedReader out = reader(child);
        String[] reported = out.readLine().split(" ");

        assertEquals("worker-7", reported[0], "the child knows the name its parent gave it");
        assertEquals(child.pid(), Long.parseLong(reported[1]), "parent and child agree on the pid");
        assertTrue(child.pid() != ProcessHandle.current().pid(), "a process of its own");
        // It waits for our line, so it is certainly still running here.
        assertTrue(child.isAlive());
        assertEquals(OptionalInt.empty(), child.exitCode(), "no exit code while it runs");

        try (Writer in = child.process().outputWriter(StandardCharsets.UTF_8)) {
            in.write("exit\n");
        }
        assertTrue(child.join(20, TimeUnit.SECONDS));
        assertFalse(child.isAlive());
        assertEquals(OptionalInt.of(7), child.exitCode());
        assertEquals(Optional.empty(), child.exitSignal(), "it exited on its own");
    }

    @Test
    void unnamedChildrenGetPythonsDefaultNames() throws Exception {
        child = ChildProcess.of(LessonChildMain.class).args("report", "0").pipeOutput().start();
        assertTrue(child.name().matches("Process-\\d+"), child.name());
        assertEquals(child.name(), reader(child).readLine().split(" ")[0]);
    }

    @Test
    void terminateStopsARunningChildWithSigterm() throws Exception {
        child = startBlocked();
        child.terminate();
        assertTrue(child.join(20, TimeUnit.SECONDS));
        assertEquals(OptionalInt.of(143), child.exitCode(), "128 + 15: ended by SIGTERM");
        assertEquals(Optional.of("SIGTERM"), child.exitSignal());
    }

    @Test
    void killStopsARunningChildWithSigkill() throws Exception {
        child = startBlocked();
        child.kill();
        assertTrue(child.join(20, TimeUnit.SECONDS));
        assertEquals(OptionalInt.of(137), child.exitCode(), "128 + 9: ended by SIGKILL");
        assertEquals(Optional.of("SIGKILL"), child.exitSignal());
    }

    private static ChildProcess startBlocked() throws IOException {
        ChildProcess c = ChildProcess.of(LessonChildMain.class).args("block").pipeOutput().start();
        // Only a running child shows what terminate does to it; "ready" says it is running.
        assertEquals("ready", reader(c).readLine());
        assertTrue(c.isAlive());
        return c;
    }

    private static BufferedReader reader(ChildProcess c) {
        return new BufferedReader(new InputStreamReader(c.process().getInputStream(), StandardCharsets.UTF_8));
    }
}
