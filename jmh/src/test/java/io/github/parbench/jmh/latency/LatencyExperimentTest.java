package io.github.parbench.jmh.latency;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.parbench.jmh.latency.RoundTripLatency.Load;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The slices' order and merging, and the warm-up rule, on simulated cases: nothing real is timed. */
@Timeout(30)
class LatencyExperimentTest {

    /** A case whose n-th slice records trips of a given time, and whose JIT "compiles" for its first slices. */
    private static class Simulated implements LatencyCase {
        final String name;
        final List<String> log;
        final long settledNanos;
        final int fallingSlices;
        final int compilingSlices;
        int slices;
        long compiled;

        Simulated(String name, List<String> log, long settledNanos, int fallingSlices, int compilingSlices) {
            this.name = name;
            this.log = log;
            this.settledNanos = settledNanos;
            this.fallingSlices = fallingSlices;
            this.compilingSlices = compilingSlices;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public String side() {
            return JVM;
        }

        @Override
        public String path() {
            return "simulated";
        }

        @Override
        public void trips(int count, Histogram into) {
            long nanos = slices < fallingSlices ? settledNanos * (1 + fallingSlices - slices) : settledNanos;
            for (int i = 0; i < count; i++) {
                into.recordValue(nanos);
            }
            if (slices < compilingSlices) {
                compiled += 3;
            }
            slices++;
            log.add(name + ":" + count);
        }

        @Override
        public long compilations() {
            return compiled;
        }

        @Override
        public int jvms() {
            return 1;
        }

        @Override
        public void close() {
        }
    }

    private final List<String> loadsStarted = new ArrayList<>();
    private final List<String> progress = new ArrayList<>();
    private long now;

    private LatencyExperiment experiment() {
        return new LatencyExperiment(() -> now += 1_000_000, load -> {
            loadsStarted.add(load.name());
            return null;
        }, progress::add);
    }

    private static List<LatencyExperiment.Contender> contenders(LatencyCase... cases) {
        List<LatencyExperiment.Contender> all = new ArrayList<>();
        for (Load load : Load.values()) {
            for (LatencyCase c : cases) {
                all.add(new LatencyExperiment.Contender(c, load));
            }
        }
        return all;
    }

    @Test
    void everyCaseAndLoadGetsItsSlicesInAFreshOrderEachRoundAndItsSlicesMerged() throws Exception {
        List<String> log = new ArrayList<>();
        Simulated a = new Simulated("a", log, 20_000, 0, 0);
        Simulated b = new Simulated("b", log, 300_000, 0, 0);
        List<LatencyExperiment.Contender> contenders = contenders(a, b);
        List<LatencyExperiment.Measured> measured = experiment().run(contenders,
                new LatencyExperiment.Settings(8, 50, 60_000_000_000L, 7, 0));

        int warmupSlices = log.size() - 4 * 8;
        assertEquals(4 * 10, warmupSlices, "warm-up: 2 windows of entries each, steady at once");
        for (int s = 0; s < 8; s++) {
            int[] round = new int[4];
            for (int c = 0; c < 4; c++) {
                round[c] = measured.get(c).positions()[s];
            }
            int[] sorted = round.clone();
            Arrays.sort(sorted);
            assertArrayEquals(new int[] {0, 1, 2, 3}, sorted, "round " + s + " runs each once: " + Arrays.toString(round));
        }
        boolean firstVaries = false;
        for (int s = 1; s < 8; s++) {
            firstVaries |= measured.get(0).positions()[s] != measured.get(0).positions()[0];
        }
        assertTrue(firstVaries, "the order is drawn afresh each round, not fixed");
        assertEquals(8 * 50, measured.get(0).histogram().getTotalCount(), "the slices merged, nothing else");
        assertEquals(20_000, measured.get(0).histogram().getValueAtPercentile(50), 20);
        assertEquals(300_000, measured.get(1).histogram().getValueAtPercentile(99), 300);
        assertEquals(0, measured.get(2).compilations());
        long busySlices = loadsStarted.stream().filter("busy"::equals).count();
        assertEquals(loadsStarted.size() / 2, busySlices, "each contender's slices run in its own load");
    }

    @Test
    void theSeedFixesTheOrderAndAnotherSeedChangesIt() throws Exception {
        assertEquals(positions(3), positions(3));
        assertNotEquals(positions(3), positions(4));
    }

    private List<String> positions(long seed) throws Exception {
        List<String> log = new ArrayList<>();
        List<LatencyExperiment.Measured> measured = experiment().run(
                contenders(new Simulated("a", log, 1_000, 0, 0), new Simulated("b", log, 1_000, 0, 0)),
                new LatencyExperiment.Settings(6, 10, 60_000_000_000L, seed, 0));
        return measured.stream().map(m -> Arrays.toString(m.positions())).toList();
    }

    @Test
    void warmUpWaitsUntilTimesSettleAndCompilationGoesQuietThenCountsWhatStillCompiles() throws Exception {
        List<String> log = new ArrayList<>();
        Simulated settling = new Simulated("settling", log, 10_000, 15, 0);
        Simulated compiling = new Simulated("compiling", log, 10_000, 0, 30);
        List<LatencyExperiment.Measured> measured = experiment().run(
                List.of(new LatencyExperiment.Contender(settling, Load.idle),
                        new LatencyExperiment.Contender(compiling, Load.idle)),
                new LatencyExperiment.Settings(4, 100, 60_000_000_000L, 1, 0));
        WarmupTrack slow = measured.get(0).warmup();
        WarmupTrack busyJit = measured.get(1).warmup();
        assertTrue(slow.entries() >= 15 + 5, "not warm while its time still falls: " + slow.entries());
        assertTrue(busyJit.entries() >= 2 * 30, "quiet for the later half of its warm-up: " + busyJit.entries());
        assertEquals(30 * 3, busyJit.compilations(), "its warm-up's compilations, all of them");
        assertFalse(slow.wasCapHit() || busyJit.wasCapHit());
        assertEquals(0, measured.get(1).compilations(), "quiet by the time it is measured");
        assertEquals(100 * 4, measured.get(0).histogram().getTotalCount());
    }

    @Test
    void aSettledTimeStaysSettledThroughNoiseUntilTheJitCompilesAgain() {
        WarmupTrack track = new WarmupTrack(0);
        for (int i = 0; i < 10; i++) {
            track.add(10_000, 0, 1);
        }
        assertTrue(track.steady());
        for (int i = 0; i < 5; i++) {
            track.add(9_000, 0, 1); // 10% faster: a fresh judgement would say "still falling"
        }
        assertTrue(track.steady(), "noise after settling does not unsettle it");
        track.add(9_000, 2, 1);
        assertFalse(track.steady(), "a compilation does");
        for (int i = 0; i < 20; i++) {
            track.add(i % 2 == 0 ? 8_000 : 9_000, 0, 1);
        }
        assertTrue(track.steady(), "quiet again for the later half, and its time judged afresh");
    }

    @Test
    void aJvmCaseWarmsForTheMinimumOfTripsEvenWhenTheRuleIsContentSooner() throws Exception {
        Simulated jvm = new Simulated("jvm", new ArrayList<>(), 1_000, 0, 0);
        List<LatencyExperiment.Measured> measured = experiment().run(
                List.of(new LatencyExperiment.Contender(jvm, Load.idle)), new LatencyExperiment.Settings(2, 50, 60_000_000_000L, 1, 1_500));
        assertEquals(1_500 / 50, measured.get(0).warmup().entries(), "the rule alone was content after 10");
    }

    @Test
    void cpythonsAnswerIsReadNumberByNumberAndAnythingElseRefused() {
        Histogram h = LatencyExperiment.newHistogram();
        assertEquals(3, CPythonCase.parse("240117 59002 61234", h));
        assertEquals(59002, h.getMinValue(), 59002 / 1000);
        assertEquals(-1, CPythonCase.parse("240117 oops", LatencyExperiment.newHistogram()));
    }

    @Test
    void theCapEndsAWarmUpThatNeverSettlesSaysSoAndCountsCompilationsWhileMeasured() throws Exception {
        List<String> log = new ArrayList<>();
        Simulated forever = new Simulated("forever", log, 10_000, 0, Integer.MAX_VALUE);
        Simulated fine = new Simulated("fine", log, 10_000, 0, 0);
        List<LatencyExperiment.Measured> measured = experiment().run(
                List.of(new LatencyExperiment.Contender(forever, Load.idle), new LatencyExperiment.Contender(fine, Load.idle)),
                new LatencyExperiment.Settings(5, 10, 200_000_000L, 1, 0));
        assertTrue(measured.get(0).warmup().wasCapHit());
        assertFalse(measured.get(1).warmup().wasCapHit(), "only the case still settling is marked");
        assertEquals(5 * 3, measured.get(0).compilations(), "measured while compiling, and counted");
        assertTrue(progress.stream().anyMatch(p -> p.contains("cap") && p.contains("forever/idle")), progress.toString());
    }

    @Test
    void compilationsThatCannotBeReadStayUnknownNotZero() throws Exception {
        Simulated unread = new Simulated("unread", new ArrayList<>(), 1_000, 0, 0) {
            @Override
            public long compilations() {
                return -1;
            }
        };
        List<LatencyExperiment.Measured> measured = experiment().run(
                List.of(new LatencyExperiment.Contender(unread, Load.idle)), new LatencyExperiment.Settings(3, 10, 60_000_000_000L, 1, 0));
        assertEquals(-1, measured.get(0).compilations());
        assertEquals(-1, measured.get(0).warmup().compilations());
    }
}
