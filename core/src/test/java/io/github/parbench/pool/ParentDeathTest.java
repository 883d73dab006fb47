package io.github.parbench.pool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.parbench.process.ChildJvm;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A parent killed by SIGKILL runs no shutdown hook, so nothing in it can stop its pool's workers:
 * each worker's {@code ParentWatch} notices the parent is gone and halts.
 */
@Timeout(30)
class ParentDeathTest {

    /** ParentWatch polls every 50 ms; this only separates "ended" from "never ends". */
    private static final long GONE_WITHIN_MS = 5_000;

    @Test
    void workersOfAParentKilledWithSigkillAreGoneSoonAfterAndLeaveNothingBehind(@TempDir Path tmp) throws Exception {
        // The parent makes its workers' reply pipes here, where we can look for leftovers.
        Process parent = ChildJvm.start(ChildJvm.builder(PoolParentMain.class, List.of("-Djava.io.tmpdir=" + tmp), List.of()));
        List<Long> workers = List.of();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(parent.getInputStream(), StandardCharsets.UTF_8));
            String line = out.readLine();
            assertTrue(line != null && !line.isBlank(), "the parent printed no worker pids");
            workers = Arrays.stream(line.trim().split(" ")).map(Long::valueOf).toList();
            assertEquals(2, workers.size(), line);
            workers.forEach(pid -> assertTrue(alive(pid), "worker " + pid + " not running before the kill"));

            parent.destroyForcibly(); // SIGKILL
            assertTrue(parent.waitFor(10, TimeUnit.SECONDS));
            long deadline = System.nanoTime() + GONE_WITHIN_MS * 1_000_000;
            while (workers.stream().anyMatch(ParentDeathTest::alive) && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            for (long pid : workers) {
                assertTrue(!alive(pid), "worker " + pid + " outlived its SIGKILLed parent");
            }
            try (Stream<Path> left = Files.list(tmp)) {
                assertEquals(List.of(), left.toList(), "files left in the parent's temporary directory");
            }
        } finally {
            parent.destroyForcibly();
            workers.forEach(pid -> ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly));
        }
    }

    /** Running, i.e. neither gone nor a zombie waiting for init to reap it. */
    private static boolean alive(long pid) {
        if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
            try {
                String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
                return stat.charAt(stat.lastIndexOf(')') + 2) != 'Z';
            } catch (IOException e) {
                return false; // gone between the two looks
            }
        }
        return false;
    }
}
