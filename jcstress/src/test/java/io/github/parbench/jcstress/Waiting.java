package io.github.parbench.jcstress;

/** Blocking steps for termination tests, where only the signal may end a wait. */
final class Waiting {

    private Waiting() {
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
