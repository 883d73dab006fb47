package io.github.parbench.jmh.interleaved;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.parbench.exec.Model;
import java.util.List;
import org.junit.jupiter.api.Test;

/** THREAD_POOL's twin, the two-core A/A control, runs whenever THREAD_POOL runs on 2 or more workers. */
class TwoCoreTwinTest {

    @Test
    void theTwinTakesThreadPoolsLowestWorkerCountOfTwoOrMore() {
        assertEquals(2, Contenders.twoCoreTwinWorkers(List.of(Model.SERIAL, Model.THREAD_POOL), List.of(1, 2, 4)));
        assertEquals(4, Contenders.twoCoreTwinWorkers(List.of(Model.THREAD_POOL), List.of(4, 1)));
    }

    @Test
    void noTwinWithoutThreadPoolOrWithoutASecondWorker() {
        assertEquals(0, Contenders.twoCoreTwinWorkers(List.of(Model.THREADS), List.of(1, 2)));
        assertEquals(0, Contenders.twoCoreTwinWorkers(List.of(Model.THREAD_POOL), List.of(1)));
    }
}
