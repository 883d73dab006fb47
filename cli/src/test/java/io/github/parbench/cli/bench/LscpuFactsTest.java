package io.github.parbench.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class LscpuFactsTest {

    @Test
    void readsTheTopologyOfATwoSocketNode() {
        LscpuFacts facts = LscpuFacts.parse("""
                Architecture:            x86_64
                CPU(s):                  96
                Model name:              Intel(R) Xeon(R) Gold 6248R CPU @ 3.00GHz
                Thread(s) per core:      2
                Core(s) per socket:      24
                Socket(s):               2
                NUMA node(s):            2
                NUMA node0 CPU(s):       0-23,48-71
                """);
        assertEquals(Optional.of("Intel(R) Xeon(R) Gold 6248R CPU @ 3.00GHz"), facts.cpuModel());
        assertEquals(Optional.of(2), facts.sockets());
        assertEquals(Optional.of(48), facts.cores());
        assertEquals(Optional.of(2), facts.threadsPerCore());
        assertEquals(Optional.of(2), facts.numaNodes());
    }

    @Test
    void missingOrOddFieldsAreEmptyNotGuessed() {
        LscpuFacts facts = LscpuFacts.parse("Socket(s): -\nModel name:\n");
        assertTrue(facts.sockets().isEmpty());
        assertTrue(facts.cores().isEmpty());
        assertTrue(facts.cpuModel().isEmpty());
    }

    @Test
    void memoryComesFromMemTotalInBytes() {
        assertEquals(Optional.of(24L * 1024 * 1024 * 1024),
                EnvProbe.memoryBytes("MemTotal:       25165824 kB\nMemFree: 1 kB\n"));
        assertTrue(EnvProbe.memoryBytes("nothing").isEmpty());
    }
}
