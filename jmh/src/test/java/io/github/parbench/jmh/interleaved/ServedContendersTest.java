package io.github.parbench.jmh.interleaved;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.parbench.workload.Workloads;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The A/B driver against fake build servers: blocks, pairing, batches and what a broken server says. */
@Timeout(30)
class ServedContendersTest {

    private static final List<String> MODELS = List.of(Contender.SERIAL, "THREADS");
    private static final List<Integer> WORKERS = List.of(1, 2);

    @Test
    void eachBuildTimesItsOwnEntriesAndEveryBlockHoldsBoth() throws Exception {
        AtomicLong clock = new AtomicLong();
        // The candidate's THREADS is 10% slower; its SERIAL is unchanged. Each server's clock says so exactly.
        try (FakeEntryServer base = new FakeEntryServer("baseline", MODELS, WORKERS, 7, clock,
                i -> i == 0 ? 1_000_000L : 600_000L, null);
             FakeEntryServer cand = new FakeEntryServer("candidate", MODELS, WORKERS, 7, clock,
                     i -> i == 0 ? 1_000_000L : 660_000L, null)) {
            InterleavedAbRun.Paired paired = InterleavedAbRun.pair(base.served().contenders(), cand.served().contenders());
            assertEquals(List.of("baseline", "candidate", "baseline", "candidate"), paired.builds());
            assertArrayEquals(new int[] {-1, 0, -1, 2}, paired.against());
            BlockTimes times = new BlockExperiment(Workloads.byName("countdown"), 1000, clock::get, line -> { })
                    .runPaired(paired.contenders(), new BlockExperiment.Settings(2, 12, 3, Schedule.INTERLEAVED),
                            paired.against());
            assertEquals(12, times.blocks());
            for (int b = 0; b < 12; b++) {
                assertEquals(1.0, times.millis()[1][b] / times.millis()[0][b], 1e-12);
                assertEquals(1.1, times.millis()[3][b] / times.millis()[2][b], 1e-12);
                boolean[] seen = new boolean[4];
                for (int c = 0; c < 4; c++) {
                    seen[times.positions()[c][b]] = true;
                }
                assertArrayEquals(new boolean[] {true, true, true, true}, seen, "block " + b + " runs every entry once");
            }
        }
    }

    @Test
    void bothSidesOfAPairRunTheSameBatch() throws Exception {
        AtomicLong clock = new AtomicLong();
        // 5 ms entries: the baseline's 1 ms operation asks for 5 a batch, the candidate's 2 ms one for 3.
        try (FakeEntryServer base = new FakeEntryServer("baseline", MODELS, WORKERS, 7, clock, i -> 1_000_000L, null);
             FakeEntryServer cand = new FakeEntryServer("candidate", MODELS, WORKERS, 7, clock, i -> 2_000_000L, null)) {
            InterleavedAbRun.Paired paired = InterleavedAbRun.pair(base.served().contenders(), cand.served().contenders());
            BlockTimes times = new BlockExperiment(Workloads.byName("countdown"), 1000, clock::get, line -> { })
                    .runPaired(paired.contenders(), new BlockExperiment.Settings(3, 4, 1, Schedule.INTERLEAVED, 5.0),
                            paired.against());
            assertArrayEquals(new int[] {5, 5, 5, 5}, times.batch());
        }
    }

    @Test
    void aChecksumTheServerRefusesFailsTheRunNamingTheBuild() throws Exception {
        AtomicLong clock = new AtomicLong();
        try (FakeEntryServer cand = new FakeEntryServer("candidate", MODELS, WORKERS, 7, clock, i -> 1_000L,
                i -> i == 1 ? EntryProtocol.error("THREADS x2: returned checksum 6, serial's is 7") : null)) {
            EntryTimer threads = cand.served().contenders().get(1).timer();
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> threads.time(1));
            assertEquals("candidate: THREADS x2: returned checksum 6, serial's is 7", e.getMessage());
            assertEquals(1_000L, cand.served().contenders().get(0).timer().time(1));
        }
    }

    @Test
    void aServerThatSaysSomethingElseIsNamed() throws Exception {
        AtomicLong clock = new AtomicLong();
        try (FakeEntryServer base = new FakeEntryServer("baseline", MODELS, WORKERS, 7, clock, i -> 1_000L,
                i -> "hello")) {
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> base.served().contenders().get(0).timer().time(2));
            assertTrue(e.getMessage().startsWith("baseline: expected 'nanos N compilations C'"), e.getMessage());
        }
    }

    @Test
    void protocolLinesReadBackAsWritten() {
        assertEquals(new EntryProtocol.Timed(12, -1), EntryProtocol.parseTimed("nanos 12 compilations -1"));
        assertEquals(new EntryProtocol.Run(3, 40), EntryProtocol.parseRun(new EntryProtocol.Run(3, 40).line()));
        assertEquals(null, EntryProtocol.parseRun("quit"));
        EntryProtocol.Ready ready = new EntryProtocol.Ready(-5, List.of(1, 3));
        assertEquals(ready, EntryProtocol.parseReady(ready.line(), 2));
        assertThrows(IllegalStateException.class, () -> EntryProtocol.parseReady(ready.line(), 3));
        assertThrows(IllegalStateException.class, () -> EntryProtocol.parseTimed(null));
    }
}
