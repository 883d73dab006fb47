package io.github.parbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.parbench.cli.harness.HarnessLogReader;
import io.github.parbench.cli.harness.LatencyResults;
import io.github.parbench.format.BadInputException;
import io.github.parbench.format.JmhJsonWriter;
import io.github.parbench.format.JmhResult;
import io.github.parbench.format.LatencyDesign;
import io.github.parbench.jmh.HarnessLog;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The latency harness's log, as the jar writes it, turned into results and into the report's
 * round-trip section: both sides in one table, from the same run, with the path each trip takes.
 */
class LatencyReportTest {

    @TempDir
    Path tmp;

    @Test
    void bothSidesResultsNameTheirSidePathSlicesAndCompilations() throws Exception {
        List<JmhResult> results = LatencyResults.from(HarnessLogReader.read(log()));
        assertEquals(List.of("io.github.parbench.jmh.latency.RoundTripLatency.processPoolApply",
                "cpython.RoundTripLatency.poolApply"), results.stream().map(r -> r.key().benchmark()).toList());
        LatencyDesign ours = results.get(0).latency();
        assertEquals(LatencyDesign.JVM, ours.side());
        assertEquals(List.of(1, 0, 1), ours.positions());
        assertEquals(4, ours.compilationsDuringMeasurement());
        assertEquals(2, ours.warmup().jvms());
        JmhResult cpython = results.get(1);
        assertEquals(LatencyDesign.CPYTHON, cpython.latency().side());
        assertEquals(-1, cpython.latency().compilationsDuringMeasurement());
        assertEquals("/usr/bin/python3", cpython.jvm(), "the interpreter that measured, not the JVM");
        assertEquals("CPython", cpython.producer().vmName());
        assertEquals(240.0, cpython.primary().percentiles().get(50.0), 0.5);
    }

    @Test
    void theReportShowsBothSidesInOneTableWithTheirPathsAndNoConstantFigures() throws Exception {
        Path run = Files.createTempDirectory(tmp, "run");
        JmhJsonWriter.write(run.resolve("jmh-RoundTripLatency.json"), LatencyResults.from(HarnessLogReader.read(log())));
        Fixtures.Run result = Fixtures.run("report", run.toString());
        assertEquals(0, result.code(), result.err());
        String md = Files.readString(run.resolve("report.md"));
        assertTrue(md.contains("## Round-trip latency"), md);
        assertTrue(md.contains("| processPoolApply | JVM | idle | 6 | 20 |"), md);
        assertTrue(md.contains("| poolApply | CPython | idle | 6 | 240 |"), md);
        assertTrue(md.contains("| 4: measured while compiling |"), md);
        assertTrue(md.contains("| none (CPython has no JIT) |"), md);
        assertTrue(md.contains("| 4: measured while compiling | warm: 14 entries, 0.85 s |"), md);
        assertTrue(md.contains("- processPoolApply (JVM): ProcessPool.apply from the caller's thread."), md);
        assertTrue(md.contains("- poolApply (CPython): Pool.apply through the pool's handler threads."), md);
        assertTrue(md.contains("CPython's figures come from the same stretch of time"), md);
        assertTrue(md.contains("CPython's Pool.apply, measured interleaved with it in this run: p50 240 us"), md);
        assertFalse(md.contains("242") || md.contains("2260") || md.contains("2 260"), "no figure from elsewhere:\n" + md);
        assertFalse(md.contains("Other benchmarks"), "not repeated in the generic table:\n" + md);
    }

    @Test
    void aHistogramWithoutItsCaseLinesIsRefused() throws Exception {
        Path file = tmp.resolve("bad.log");
        settings(new HarnessLog("latency")).record("histogram", "processPoolApply", "idle", encode(histogram(20_000)))
                .writeTo(file);
        BadInputException e = assertThrows(BadInputException.class, () -> LatencyResults.from(HarnessLogReader.read(file)));
        assertTrue(e.getMessage().contains("processPoolApply/idle without its 'case' and 'measured' lines"), e.getMessage());
    }

    private Path log() throws Exception {
        Path file = tmp.resolve("latency.log");
        settings(new HarnessLog("latency"))
                .setting("cpythonExecutable", "/usr/bin/python3").setting("cpythonImplementation", "CPython")
                .setting("cpythonVersion", "3.11.7").setting("cpythonStartMethod", "fork")
                .record("case", "processPoolApply", "JVM", "ProcessPool.apply from the caller's thread")
                .record("histogram", "processPoolApply", "idle", encode(histogram(20_000)))
                .record("measured", "processPoolApply", "idle", "1,0,1", 14, 850.5, false, 120, 2, 4)
                .record("case", "cpythonPoolApply", "CPython", "Pool.apply through the pool's handler threads")
                .record("histogram", "cpythonPoolApply", "idle", encode(histogram(240_000)))
                .record("measured", "cpythonPoolApply", "idle", "0,1,0", 10, 2100.0, false, -1, 0, -1)
                .writeTo(file);
        return file;
    }

    private static HarnessLog settings(HarnessLog log) {
        return log.setting("samples", 6).setting("slices", 3).setting("tripsPerSlice", 2).setting("seed", 5)
                .setting("warmupRule", "steady state").setting("warmupCapSeconds", 60.0).setting("warmupEntryTrips", 2)
                .setting("spinMicros", 0);
    }

    private static Histogram histogram(long nanos) {
        Histogram h = new Histogram(10_000_000_000L, 3);
        for (int i = 0; i < 6; i++) {
            h.recordValue(nanos);
        }
        return h;
    }

    private static String encode(Histogram h) {
        ByteBuffer buffer = ByteBuffer.allocate(h.getNeededByteBufferCapacity());
        int length = h.encodeIntoCompressedByteBuffer(buffer);
        return Base64.getEncoder().encodeToString(Arrays.copyOf(buffer.array(), length));
    }
}
