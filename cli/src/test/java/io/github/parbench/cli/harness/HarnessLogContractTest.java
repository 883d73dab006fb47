package io.github.parbench.cli.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.parbench.cli.bench.Harness;
import io.github.parbench.format.BadInputException;
import io.github.parbench.jmh.HarnessLog;
import io.github.parbench.jmh.latency.RoundTripLatency;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The harness log is written in benchmarks.jar and read here, two modules that share no code: what
 * the writer writes the reader reads, and the names the CLI passes to the latency harness are its own.
 */
class HarnessLogContractTest {

    @TempDir
    Path dir;

    @Test
    void whatTheJarsWriterWritesTheCliReads() throws Exception {
        Path file = dir.resolve("h.log");
        new HarnessLog("latency").setting("samples", 3).record("histogram", "case", "idle", "AAAA").writeTo(file);

        HarnessLogReader.Log log = HarnessLogReader.read(file);

        assertEquals("latency", log.setting("harness"));
        assertEquals(3, log.longSetting("samples"));
        assertEquals(System.getProperty("java.version"), log.setting("jdkVersion"), "the measuring JVM names itself");
        assertEquals(List.of(List.of("case", "idle", "AAAA")), log.records("histogram", 3));
        assertEquals(HarnessLog.HEADER, HarnessLogReader.HEADER);
        assertEquals(HarnessLog.END, HarnessLogReader.END);
    }

    @Test
    void aLogCutShortIsRefusedNotReadAsAShorterRun() throws Exception {
        Path file = dir.resolve("h.log");
        new HarnessLog("interleaved").setting("blocks", 40).writeTo(file);
        List<String> lines = Files.readAllLines(file);
        Files.write(file, lines.subList(0, lines.size() - 1));
        assertTrue(assertThrows(BadInputException.class, () -> HarnessLogReader.read(file)).getMessage().contains("cut short"));
    }

    @Test
    void theCliNamesTheLatencyHarnesssOwnCasesAndDefaults() {
        assertEquals(RoundTripLatency.caseNames(), Harness.LATENCY_CASES);
        assertEquals(RoundTripLatency.cpythonCaseNames(), Harness.LATENCY_CPYTHON_CASES);
        assertEquals(RoundTripLatency.DEFAULT_SLICES, Harness.LATENCY_SLICES);
        assertEquals(RoundTripLatency.DEFAULT_CPYTHON_SCRIPT, Harness.LATENCY_CPYTHON_SCRIPT);
        assertEquals(RoundTripLatency.DEFAULT_SAMPLES, Harness.LATENCY_SAMPLES);
    }
}
