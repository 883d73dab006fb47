package io.github.parbench.exec;

import io.github.parbench.workload.Workload;

/** PLACEHOLDER until the process helper lands it (issue 2). */
final class ProcessSpawnModel implements ExecutionModel {

    private final int workers;

    ProcessSpawnModel(int workers) {
        this.workers = workers;
    }

    @Override
    public int workers() {
        return workers;
    }

    @Override
    public long run(Workload workload, long n) {
        throw new UnsupportedOperationException("ProcessSpawnModel is not built yet");
    }

    @Override
    public void close() {
    }
}
