package io.github.parbench.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class PartitionTest {

    @ParameterizedTest(name = "n={0}, k={1}")
    @CsvSource({"0,1", "1,1", "10,3", "3,10", "1000003,7", "5,5"})
    void partsAreContiguousCoverTheRangeAndDifferByAtMostOne(long n, int k) {
        List<Range> parts = Partition.split(n, k);
        assertEquals(k, parts.size());
        long expectedFrom = 0;
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (Range p : parts) {
            assertEquals(expectedFrom, p.from());
            expectedFrom = p.to();
            min = Math.min(min, p.size());
            max = Math.max(max, p.size());
        }
        assertEquals(n, expectedFrom);
        assertTrue(max - min <= 1, "sizes differ by more than one: " + parts);
    }

    @Test
    void rejectsNoWorkersAndNegativeSizes() {
        assertThrows(IllegalArgumentException.class, () -> Partition.split(10, 0));
        assertThrows(IllegalArgumentException.class, () -> Partition.split(-1, 2));
    }
}
