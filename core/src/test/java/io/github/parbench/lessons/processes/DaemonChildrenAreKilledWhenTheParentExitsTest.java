package io.github.parbench.lessons.processes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.parbench.process.ChildJvm;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Python's daemon flag: when a parent is done, it waits for its non-daemon children and kills
 * its daemon ones. The parent here ({@link DaemonFamilyMain}) returns from main at once; it must
 * stay alive while its non-daemon child runs, let that child finish its work, and then exit
 * without waiting for the daemon child, which dies with it.
 */
class DaemonChildrenAreKilledWhenTheParentExitsTest {

    @Test
    @Timeout(40)
    void theParentWaitsForItsNonDaemonChildAndKillsItsDaemonChildOnExit(@TempDir Path dir) throws Exception {
        Path release = dir.resolve("release");
        Path done = dir.resolve("done");
        Process parent = ChildJvm.start(DaemonFamilyMain.class, release.toString(), done.toString());
        ProcessHandle daemon = null;
        ProcessHandle user = null;
        try {
            BufferedReader out = new BufferedReader(
                    new InputStreamReader(parent.getInputStream(), StandardCharsets.UTF_8));
            daemon = child(parentsLine(out), "daemon");
            user = child(parentsLine(out), "user");
            assertEquals("main returned", parentsLine(out));

            // Main has returned, yet the parent lives on while its non-daemon child runs. The wait
            // only bounds how long a wrong parent (one that exits) takes to show itself.
            assertThrows(TimeoutException.class, () -> parent.onExit().get(500, TimeUnit.MILLISECONDS),
                    "the parent must not exit while a non-daemon child runs");
            assertTrue(daemon.isAlive() && user.isAlive());

            Files.writeString(release, "go");
            assertTrue(parent.waitFor(20, TimeUnit.SECONDS),
                    "once the non-daemon child ended the parent exits, not waiting for the daemon one");
            assertEquals(0, parent.exitValue());
            assertTrue(Files.exists(done), "the non-daemon child finished its work: it was waited for, not killed");
            assertTrue(daemon.onExit().isDone() || awaitEnd(daemon), "the daemon child died with its parent");
            assertFalse(user.isAlive());
        } finally {
            parent.destroyForcibly();
            for (ProcessHandle h : new ProcessHandle[] {daemon, user}) {
                if (h != null) {
                    h.destroyForcibly();
                }
            }
        }
    }

    /** The parent's next line: its children write to its stdout too (the daemon child says "ready"). */
    private static String parentsLine(BufferedReader out) throws IOException {
        String line = out.readLine();
        while ("ready".equals(line)) {
            line = out.readLine();
        }
        return line;
    }

    private static ProcessHandle child(String line, String role) {
        String[] parts = line.split(" ");
        assertEquals(role, parts[0], line);
        Optional<ProcessHandle> handle = ProcessHandle.of(Long.parseLong(parts[1]));
        assertTrue(handle.isPresent(), role + " child is running");
        return handle.get();
    }

    /** The parent's exit hook kills the daemon child before the parent is gone; allow for reaping. */
    private static boolean awaitEnd(ProcessHandle h) throws Exception {
        try {
            h.onExit().get(5, TimeUnit.SECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        }
    }
}
