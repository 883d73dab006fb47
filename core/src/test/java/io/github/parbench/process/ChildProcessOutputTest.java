package io.github.parbench.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A child's stdout is its parent's, as in Python: a child that writes more than a pipe holds
 * (about 64 KiB) still runs to its end, and what it wrote reaches the parent's stdout whole.
 */
@Timeout(30)
class ChildProcessOutputTest {

    private static final int BYTES = 1 << 20;

    @Test
    void aChildWritingMoreThanAPipeHoldsFinishesAndItsOutputReachesOurStdout() throws Exception {
        PrintStream stdout = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        ChildProcess child = null;
        System.setOut(new PrintStream(captured, true));
        try {
            child = ChildProcess.of(ChildMain.class).args("print", Integer.toString(BYTES)).start();
            assertTrue(child.join(20, TimeUnit.SECONDS), "the child blocked writing its output");
        } finally {
            System.setOut(stdout);
            if (child != null) {
                child.kill();
            }
        }
        assertEquals(OptionalInt.of(0), child.exitCode());
        assertEquals(BYTES, captured.size(), "join() returned before the child's output was passed on");
    }
}
