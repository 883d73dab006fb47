package io.github.parbench.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class ParentWatchTest {

    @Test
    void aChildWhoseParentDiedBeforeItStartedHaltsInsteadOfWatchingAnotherProcess() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        assertTrue(gone.waitFor(10, TimeUnit.SECONDS));
        long deadPid = gone.pid();
        assertFalse(ProcessHandle.of(deadPid).isPresent(), "pid " + deadPid + " is still (or again) in use");

        Process child = ChildJvm.start(ChildJvm.builder(ChildMain.class,
                List.of("-D" + ChildJvm.PARENT_PID_PROPERTY + "=" + deadPid), List.of("watch")));
        try {
            assertTrue(child.waitFor(10, TimeUnit.SECONDS),
                    "the child outlived a parent that was dead before it started");
            assertEquals(3, child.exitValue());
        } finally {
            child.destroyForcibly();
            child.waitFor(5, TimeUnit.SECONDS);
        }
    }
}
