package io.github.parbench.exec;

import io.github.parbench.workload.Workload;

/**
 * Runs the whole range on the calling thread. The worker count is accepted and ignored, so a
 * sweep over workers can include the baseline, but serial work never depends on it.
 */
final class SerialModel implements ExecutionModel {

    private final int workers;

    SerialModel(int workers) {
        this.workers = workers;
    }

    @Override
    public int workers() {
        return workers;
    }

    @Override
    public long run(Workload workload, long n) {
        return workload.run(0, n);
    }

    @Override
    public void close() {
    }
}
