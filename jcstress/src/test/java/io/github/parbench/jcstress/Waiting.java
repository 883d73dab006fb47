package io.github.parbench.jcstress;

import io.github.parbench.sync.Event;

/** Blocking steps for termination tests, where only the signal may end a wait. */
final class Waiting {

    private Waiting() {
    }

    /** Waits for the Event; an interrupt must not pass for a wake-up, so it keeps waiting. */
    static void untilSet(Event event) {
        boolean interrupted = false;
        while (true) {
            try {
                event.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    static void joinUninterruptibly(Thread thread) {
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Spins until {@code thread} is parked; the caller marked that it is about to wait. */
    static void untilParked(Thread thread) {
        while (thread.getState() != Thread.State.WAITING && thread.getState() != Thread.State.TIMED_WAITING) {
            Thread.onSpinWait();
        }
    }
}
