package io.github.parbench.jmh.interleaved;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScheduleTest {

    @Test
    void everyInterleavedBlockRunsEveryContenderOnce() {
        List<Schedule.Slot> slots = Schedule.INTERLEAVED.slots(5, 30, new Random(1));
        assertEquals(150, slots.size());
        for (int block = 0; block < 30; block++) {
            Set<Integer> seen = new HashSet<>();
            for (Schedule.Slot s : slots.subList(block * 5, block * 5 + 5)) {
                assertEquals(block, s.block());
                seen.add(s.contender());
            }
            assertEquals(Set.of(0, 1, 2, 3, 4), seen);
        }
    }

    @Test
    void theSeedFixesTheOrderAndAnotherSeedChangesIt() {
        assertEquals(Schedule.INTERLEAVED.slots(6, 20, new Random(3)), Schedule.INTERLEAVED.slots(6, 20, new Random(3)));
        assertNotEquals(Schedule.INTERLEAVED.slots(6, 20, new Random(3)), Schedule.INTERLEAVED.slots(6, 20, new Random(4)));
    }

    @Test
    void theOrderIsNotTheSameInEveryBlock() {
        List<Schedule.Slot> slots = Schedule.INTERLEAVED.slots(4, 20, new Random(1));
        Set<Integer> firsts = new HashSet<>();
        for (int block = 0; block < 20; block++) {
            firsts.add(slots.get(block * 4).contender());
        }
        assertEquals(4, firsts.size(), "every contender opens some block");
    }

    @Test
    void sequentialRunsOneContenderAfterAnother() {
        List<Schedule.Slot> slots = Schedule.SEQUENTIAL.slots(2, 3, new Random(1));
        assertEquals(List.of(new Schedule.Slot(0, 0), new Schedule.Slot(0, 1), new Schedule.Slot(0, 2),
                new Schedule.Slot(1, 0), new Schedule.Slot(1, 1), new Schedule.Slot(1, 2)), slots);
    }
}
