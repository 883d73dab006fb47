package io.github.parbench.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CoresTest {

    @Test
    void workerCountsArePowersOfTwoBelowTheCoresPlusTheCoresThemselves() {
        assertEquals(List.of(1), Cores.workerCounts(1));
        assertEquals(List.of(1, 2), Cores.workerCounts(2));
        assertEquals(List.of(1, 2, 4, 6), Cores.workerCounts(6));
        assertEquals(List.of(1, 2, 4, 8), Cores.workerCounts(8));
        assertEquals(List.of(1, 2, 4, 8, 16, 32, 48), Cores.workerCounts(48));
    }

    @Test
    void aCgroupQuotaCapsTheAffinityCount() {
        assertEquals(2, Cores.usable(64, Optional.of("200000 100000")));
        assertEquals(3, Cores.usable(64, Optional.of("250000 100000")), "a part core rounds up");
        assertEquals(4, Cores.usable(4, Optional.of("800000 100000")), "the affinity count caps the quota");
        assertEquals(64, Cores.usable(64, Optional.of("max 100000")));
        assertEquals(64, Cores.usable(64, Optional.empty()));
        assertEquals(64, Cores.usable(64, Optional.of("garbage")));
    }

    @Test
    void cpuListsParseLikeTaskset() {
        assertEquals(List.of(0, 1, 2, 3, 8, 10, 11), List.copyOf(Cores.parseCpuList("0-3,8,10-11")));
        assertEquals(List.of(5), List.copyOf(Cores.parseCpuList("5")));
    }

    @Test
    void aBadCpuListIsRefusedNamingIt() {
        for (String bad : List.of("", "a", "3-1", "1-2-3", "-1", "0,,x")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Cores.parseCpuList(bad));
            assertEquals("--cpus '" + bad + "' is not a CPU list like 0-3,8", e.getMessage());
        }
    }
}
