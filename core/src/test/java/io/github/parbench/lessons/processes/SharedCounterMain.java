package io.github.parbench.lessons.processes;

import io.github.parbench.process.ParentWatch;
import io.github.parbench.shared.SharedValue;
import java.nio.file.Path;

/**
 * Child JVM that counts a {@link SharedValue} up: {@code VALUE GATE racy|locked N}. It maps both
 * files, prints "ready", waits until the gate value turns 1 (so that all counters start together
 * rather than one after the other), then increments VALUE N times.
 */
public final class SharedCounterMain {

    private static final long GATE_TIMEOUT_NS = 60_000_000_000L;

    private SharedCounterMain() {
    }

    public static void main(String[] args) {
        ParentWatch.start();
        boolean locked = switch (args[2]) {
            case "locked" -> true;
            case "racy" -> false;
            default -> throw new IllegalArgumentException("mode must be racy or locked: " + args[2]);
        };
        int n = Integer.parseInt(args[3]);
        try (SharedValue value = SharedValue.open(Path.of(args[0]));
             SharedValue gate = SharedValue.open(Path.of(args[1]))) {
            System.out.println("ready");
            System.out.flush();
            long deadline = System.nanoTime() + GATE_TIMEOUT_NS;
            while (gate.get() != 1) {
                if (System.nanoTime() - deadline > 0) {
                    throw new IllegalStateException("the gate never opened: " + gate);
                }
                Thread.onSpinWait();
            }
            for (int i = 0; i < n; i++) {
                if (locked) {
                    value.incrementLocked();
                } else {
                    value.incrementRacy();
                }
            }
        }
    }
}
