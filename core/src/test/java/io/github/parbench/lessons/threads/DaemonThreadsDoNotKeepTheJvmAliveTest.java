package io.github.parbench.lessons.threads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.parbench.process.ChildJvm;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A daemon thread does not keep the program alive: the JVM whose main returns while a daemon
 * thread sleeps exits at once, killing it mid-sleep. A non-daemon thread is waited for: that JVM
 * exits only after the thread finished, which its output shows.
 */
class DaemonThreadsDoNotKeepTheJvmAliveTest {

    /** Far beyond the test's timeout: a daemon child that waited for it would fail the test. */
    private static final String DAEMON_SLEEP_MS = "120000";
    private static final String USER_SLEEP_MS = "2000";

    @Test
    @Timeout(30)
    void theJvmExitsWithoutWaitingForADaemonThreadButWaitsForANonDaemonOne() throws Exception {
        Process daemon = ChildJvm.start(LingeringThreadMain.class, "daemon", DAEMON_SLEEP_MS);
        Process user = ChildJvm.start(LingeringThreadMain.class, "user", USER_SLEEP_MS);
        // Stamped as each exit is seen, whichever comes first.
        CompletableFuture<Long> daemonExit = daemon.onExit().thenApply(p -> System.nanoTime());
        CompletableFuture<Long> userExit = user.onExit().thenApply(p -> System.nanoTime());
        try {
            long daemonExitNs = daemonExit.get(25, TimeUnit.SECONDS);
            long userExitNs = userExit.get(25, TimeUnit.SECONDS);
            assertEquals(0, daemon.exitValue());
            assertEquals(0, user.exitValue());
            List<String> daemonOut = lines(daemon);
            List<String> userOut = lines(user);

            assertEquals(1, daemonOut.size(), "the daemon thread never finished: " + daemonOut);
            assertEquals(List.of("worker finished"), userOut.subList(1, userOut.size()),
                    "the JVM outlived main until the non-daemon thread finished");
            // From main's return to exit, timed from each child's own start-up, which a loaded
            // machine may slow down by seconds.
            long daemonLingerNs = daemonExitNs - mainReturnedNs(daemonOut);
            long userLingerNs = userExitNs - mainReturnedNs(userOut);
            assertTrue(daemonLingerNs < userLingerNs, "after main returned, the JVM with only a daemon "
                    + "thread left exits first: " + daemonLingerNs / 1_000_000 + " ms vs "
                    + userLingerNs / 1_000_000 + " ms");
        } finally {
            daemon.destroyForcibly();
            user.destroyForcibly();
        }
    }

    private static long mainReturnedNs(List<String> out) {
        String first = out.get(0);
        assertTrue(first.startsWith("main returned "), first);
        return Long.parseLong(first.substring("main returned ".length()));
    }

    private static List<String> lines(Process p) throws IOException {
        return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
}
