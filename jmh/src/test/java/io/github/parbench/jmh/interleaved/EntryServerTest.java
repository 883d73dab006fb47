package io.github.parbench.jmh.interleaved;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The server's loop in this JVM, on a script of requests: what it answers, and what it refuses. */
@Timeout(60)
class EntryServerTest {

    @Test
    void answersEachRequestWithItsOwnTimeAndStopsOnQuit() {
        ByteArrayOutputStream replies = new ByteArrayOutputStream();
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        int status = EntryServer.serve(new BufferedReader(new StringReader("run 0 3\nrun 1 1\nrun 2 1\nbogus\nquit\nrun 0 1\n")),
                new PrintStream(replies, true, StandardCharsets.UTF_8), new PrintStream(log, true, StandardCharsets.UTF_8),
                "--workload", "countdown", "--size", "1000", "--contenders", "SERIAL:1,THREADS:2");
        assertEquals(0, status, log.toString(StandardCharsets.UTF_8));
        String[] lines = replies.toString(StandardCharsets.UTF_8).split("\n");
        assertEquals(5, lines.length, String.join(" | ", lines)); // ready, 2 timed, 2 errors; nothing after quit
        EntryProtocol.Ready ready = EntryProtocol.parseReady(lines[0], 2);
        assertEquals(io.github.parbench.workload.Workloads.byName("countdown").run(0, 1000), ready.checksum());
        assertTrue(EntryProtocol.parseTimed(lines[1]).nanos() > 0);
        assertTrue(EntryProtocol.parseTimed(lines[2]).nanos() > 0);
        assertTrue(lines[3].startsWith("error no contender 2"), lines[3]);
        assertTrue(lines[4].startsWith("error expected 'run INDEX BATCH'"), lines[4]);
    }

    @Test
    void aBadOptionIsOneLineAndExitTwoBeforeAnythingOpens() {
        ByteArrayOutputStream replies = new ByteArrayOutputStream();
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        int status = EntryServer.serve(new BufferedReader(new StringReader("")),
                new PrintStream(replies, true, StandardCharsets.UTF_8), new PrintStream(log, true, StandardCharsets.UTF_8),
                "--workload", "countdown", "--size", "1000", "--contenders", "NOPE:1");
        assertEquals(EntryServer.BAD_USAGE, status);
        assertEquals("entry-server: --contenders: unknown model 'NOPE'\n", log.toString(StandardCharsets.UTF_8));
        assertEquals("", replies.toString(StandardCharsets.UTF_8));
    }
}
