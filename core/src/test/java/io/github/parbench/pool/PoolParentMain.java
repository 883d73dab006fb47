package io.github.parbench.pool;

import io.github.parbench.process.ParentWatch;
import java.util.Collections;
import java.util.stream.Collectors;

/**
 * A parent JVM for {@link ParentDeathTest}: starts a pool of two workers, makes them answer, prints
 * their pids on one line, and waits to be killed.
 */
public final class PoolParentMain {

    private PoolParentMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        ParentWatch.start(); // should the test JVM itself die, this one goes too
        ProcessPool pool = ProcessPool.builder().workers(2).tasks(TestTasks.class).start();
        pool.map(TestTasks.PID, Collections.nCopies(8, 0), 1);
        System.out.println(pool.workerPids().stream().map(String::valueOf).collect(Collectors.joining(" ")));
        System.out.flush();
        Thread.sleep(60_000);
    }
}
