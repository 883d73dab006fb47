package io.github.parbench.jmh.interleaved;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The order in which an experiment's operations run.
 *
 * <p>{@link #INTERLEAVED} is the design the figures rest on: each block runs one operation of every
 * contender, in a fresh random order, so every ratio compares two operations taken seconds apart at
 * most and a drift of the machine lands on both. {@link #SEQUENTIAL} runs every operation of one
 * contender, then the next, the way separate JMH forks or a fixed-order script do; it exists to show
 * (in the tests and with {@code --schedule sequential}) how far that design lets drift bias a ratio.
 */
public enum Schedule {
    INTERLEAVED {
        @Override
        List<Slot> slots(int contenders, int blocks, Random rng) {
            List<Slot> slots = new ArrayList<>(contenders * blocks);
            List<Integer> order = new ArrayList<>();
            for (int c = 0; c < contenders; c++) {
                order.add(c);
            }
            for (int block = 0; block < blocks; block++) {
                Collections.shuffle(order, rng);
                for (int c : order) {
                    slots.add(new Slot(c, block));
                }
            }
            return slots;
        }
    },
    SEQUENTIAL {
        @Override
        List<Slot> slots(int contenders, int blocks, Random rng) {
            List<Slot> slots = new ArrayList<>(contenders * blocks);
            for (int c = 0; c < contenders; c++) {
                for (int block = 0; block < blocks; block++) {
                    slots.add(new Slot(c, block));
                }
            }
            return slots;
        }
    };

    /** Every (contender, block) pair once, in the order they run. */
    abstract List<Slot> slots(int contenders, int blocks, Random rng);

    /** One operation of one contender, counted in the given block. */
    record Slot(int contender, int block) {
    }
}
