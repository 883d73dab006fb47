package io.github.parbench.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The guard every part runs under. Bench's death is what the kernel shows the guard when bench is
 * killed, SIGKILL included: the end of its stdin pipe; closing that pipe here shows it the same.
 * (.ci/chaos-test kills a real bench.)
 */
@Timeout(30)
class PartGuardTest {

    @Test
    void thePartsWholeTreeEndsWithinSecondsOfTheEndOfBenchsPipe() throws Exception {
        Process guard = new ProcessBuilder(PartGuard.wrap(List.of("sh", "-c", "sleep 60 & sleep 60 & wait")))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            List<ProcessHandle> tree = waitForTree(guard, 4); // the watcher, sh and its two sleeps
            long closed = System.nanoTime();
            guard.getOutputStream().close();
            for (ProcessHandle process : tree) {
                process.onExit().get(5, TimeUnit.SECONDS);
            }
            assertTrue(guard.waitFor(5, TimeUnit.SECONDS));
            assertEquals(128 + 9, guard.exitValue(), "the part was killed, and the guard says so");
            assertTrue(System.nanoTime() - closed < TimeUnit.SECONDS.toNanos(5));
        } finally {
            guard.descendants().forEach(ProcessHandle::destroyForcibly);
            guard.destroyForcibly();
        }
    }

    @Test
    void aPartThatEndsByItselfGivesItsExitStatusAndNeverReadsBenchsPipe() throws Exception {
        // The part's stdin is /dev/null: a part reading stdin gets end-of-file, not bench's pipe.
        String marker = "part-" + java.util.UUID.randomUUID();
        Process guard = new ProcessBuilder(PartGuard.wrap(List.of("sh", "-c", "read line; exit 3", marker)))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            assertTrue(guard.waitFor(10, TimeUnit.SECONDS));
            assertEquals(3, guard.exitValue());
            // The watcher shares the guard's command line; one left over would hang under init.
            for (int i = 0; i < 100 && !withMarker(marker).isEmpty(); i++) {
                Thread.sleep(50);
            }
            assertEquals(List.of(), withMarker(marker), "the watcher ends with the part");
        } finally {
            guard.getOutputStream().close();
            guard.descendants().forEach(ProcessHandle::destroyForcibly);
            guard.destroyForcibly();
        }
    }

    private static List<ProcessHandle> withMarker(String marker) {
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(c -> c.contains(marker)).orElse(false)).toList();
    }

    private static List<ProcessHandle> waitForTree(Process guard, int size) throws InterruptedException {
        for (int i = 0; i < 400; i++) {
            List<ProcessHandle> tree = guard.descendants().toList();
            if (tree.size() >= size) {
                return tree;
            }
            Thread.sleep(25);
        }
        throw new AssertionError("the part's processes did not start: " + guard.descendants().toList());
    }
}
