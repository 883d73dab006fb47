package io.github.parbench.pool;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One of the pool's k places for a worker: a thread that takes jobs from the pool's queue and
 * runs each on its worker process, replacing the process when it dies or has served
 * {@code maxTasksPerChild} jobs. Work lost with a dead worker fails at once with a
 * {@link BrokenPoolException}; the slot starts a fresh worker and goes on with the queue.
 *
 * <p>A blocking {@link ProcessPool#apply} may borrow an idle slot and run its job on the caller's
 * own thread ({@link #tryRunHere}); the slot's lock keeps the two from using the worker at once.
 */
final class WorkerSlot implements Runnable {

    private static final long RETIRE_WAIT_MS = 2_000;

    private final ProcessPool pool;
    private final int index;
    private final Thread thread;
    /** Held by whichever thread runs a job on this slot's worker: its own, or an apply() caller's. */
    private final ReentrantLock runLock = new ReentrantLock();
    // Guarded by runLock:
    private WorkerProcess worker;
    private int jobsOnWorker;
    private boolean initialized;
    private long nextRequestId;
    private RuntimeException startFailure;
    private Job<?, ?> pending; // sent by trySendHere, awaiting finishHere
    private long pendingId;

    WorkerSlot(ProcessPool pool, int index) {
        this.pool = pool;
        this.index = index;
        this.thread = new Thread(this, "parbench-pool-worker-" + index);
        this.thread.setDaemon(true);
    }

    Thread thread() {
        return thread;
    }

    void start() {
        thread.start();
    }

    @Override
    public void run() {
        try {
            while (true) {
                // Eagerly, so the JVM boots while we wait for work. Only if nobody holds the slot: an
                // apply() or map() on the caller's thread that does is using the worker, and waiting
                // for it here would leave queued work untaken until it is done.
                if (runLock.tryLock()) {
                    try {
                        if (worker == null && pool.isRunning()) {
                            replaceWorker();
                        }
                    } finally {
                        runLock.unlock();
                    }
                }
                Job<?, ?> job = pool.nextJob();
                if (job == Job.STOP) {
                    return;
                }
                try {
                    runLock.lockInterruptibly();
                } catch (InterruptedException e) {
                    // terminate() or failAll() while the job waited for a worker an apply() caller
                    // holds: the queue was drained without it, so it fails here or never.
                    job.fail(pool.terminatedError(job + " never started"));
                    throw e;
                }
                try {
                    runQueued(job);
                } finally {
                    runLock.unlock();
                }
            }
        } catch (InterruptedException e) {
            // terminate() or failAll(): the pool failed what was queued, and this slot what it took.
        } finally {
            runLock.lock();
            try {
                if (worker != null) {
                    retireWorker();
                }
            } finally {
                runLock.unlock();
            }
        }
    }

    /**
     * Runs the job on the calling thread if this slot is idle and has a worker: {@link ProcessPool#apply}'s
     * fast path, which spares the round trip two thread hand-offs (caller to slot thread and back).
     * False when the slot is busy or has no worker; the caller then queues the job.
     */
    boolean tryRunHere(Job<?, ?> job) {
        if (runLock.isHeldByCurrentThread()) {
            return false; // apply() from a callback on this slot's thread: the lock would let it nest
        }
        if (!runLock.tryLock()) {
            return false;
        }
        try {
            if (worker == null && pool.isRunning()) {
                replaceWorker();
            }
            if (worker == null || !pool.isRunning()) {
                return false;
            }
            runGuarded(job);
            return true;
        } finally {
            runLock.unlock();
        }
    }

    /**
     * {@link ProcessPool#map}'s fast path, first half: if this slot is idle and its worker is up and
     * initialized, sends the job's request from the calling thread and keeps the slot for
     * {@link #finishHere}, which the same thread must call. A map's k chunks then go to k workers
     * from the caller's thread, and their replies are read there too: no hand-off to the slot
     * threads and back, which costs two thread wake-ups per chunk (what a thread pool's whole round
     * trip costs). False, with nothing sent and the slot free, when that cannot be done; the caller
     * then queues the job, and the slot's thread deals with whatever was wrong (a dead worker, the
     * initializer, an argument that does not encode).
     */
    boolean trySendHere(Job<?, ?> job) {
        if (runLock.isHeldByCurrentThread() || !runLock.tryLock()) {
            return false;
        }
        try {
            if (worker == null || !initialized || !pool.isRunning() || !worker.isAlive()) {
                runLock.unlock();
                return false;
            }
            long id = nextRequestId;
            worker.deliver(requestFor(id, job));
            nextRequestId++;
            pending = job;
            pendingId = id;
            return true; // locked until finishHere
        } catch (IOException | RuntimeException e) {
            runLock.unlock();
            return false;
        }
    }

    private static <A> byte[] requestFor(long id, Job<A, ?> job) throws IOException {
        return Protocol.request(id, job.task, job.arguments);
    }

    /** The fast path's second half: reads the reply to the job {@link #trySendHere} sent, and frees the slot. */
    void finishHere() {
        Job<?, ?> job = pending;
        pending = null;
        try {
            receive(job, pendingId);
        } catch (RuntimeException | Error e) {
            job.fail(new PoolException("internal error running " + job + ": " + e, e));
            if (worker != null) {
                pool.forget(worker);
                worker.kill();
                worker = null;
            }
        } finally {
            runLock.unlock();
        }
    }

    private <A, R> void receive(Job<A, R> job, long id) {
        try {
            byte[] reply = worker.awaitReply();
            jobsOnWorker++;
            List<R> results = decode(reply, id, job);
            if (results != null) {
                pool.complete(job, results);
            }
        } catch (IOException e) {
            job.fail(lose(job, "while running " + job, e));
            return;
        }
        int max = pool.maxTasksPerChild();
        if (max > 0 && jobsOnWorker >= max) {
            retireWorker();
        }
    }

    private void runQueued(Job<?, ?> job) {
        if (!pool.isTerminated() && worker == null) {
            replaceWorker();
        }
        if (pool.isTerminated()) {
            job.fail(pool.terminatedError(job + " never started"));
            return;
        }
        if (worker == null) {
            job.fail(new BrokenPoolException("cannot start worker " + index + " for " + job + ": "
                    + startFailure, startFailure));
            return;
        }
        runGuarded(job);
    }

    private void runGuarded(Job<?, ?> job) {
        try {
            runOnWorker(job);
        } catch (RuntimeException | Error e) {
            // A bug of ours must cost this job, not the slot: a dead slot would strand the queue.
            job.fail(new PoolException("internal error running " + job + ": " + e, e));
            if (worker != null) {
                pool.forget(worker);
                worker.kill();
                worker = null;
            }
        }
    }

    private void replaceWorker() {
        try {
            worker = pool.startWorker("worker " + index);
            startFailure = null;
        } catch (RuntimeException e) {
            worker = null;
            startFailure = e;
        }
        jobsOnWorker = 0;
        initialized = false;
    }

    private void retireWorker() {
        pool.forget(worker);
        if (pool.isTerminated()) {
            worker.kill();
        } else {
            worker.retire(RETIRE_WAIT_MS);
        }
        worker = null;
    }

    private <A, R> void runOnWorker(Job<A, R> job) {
        long id = nextRequestId++;
        byte[] request;
        try {
            request = Protocol.request(id, job.task, job.arguments);
        } catch (FrameTooLargeException e) {
            job.fail(new PoolException(e.getMessage() + "; send smaller arguments or chunks", e));
            return;
        } catch (IOException | RuntimeException e) {
            job.fail(new PoolException("cannot encode the arguments of " + job + ": " + e, e));
            return;
        }
        if (!worker.isAlive()) {
            replaceDeadWorker("while idle");
        }
        // A request the worker never took (it was already dead) gets one more try on a fresh worker;
        // one it took and did not answer is lost with it: it may have had effects, so no retry.
        for (boolean retried = false; ; retried = true) {
            if (worker == null) {
                job.fail(new BrokenPoolException("cannot start worker " + index + " for " + job + ": "
                        + startFailure, startFailure));
                return;
            }
            String doing = initialized ? "while running " + job : "while running the initializer";
            try {
                if (!initialized) {
                    pool.initializeOn(worker, nextRequestId++);
                    initialized = true;
                    doing = "while running " + job;
                }
                byte[] reply = worker.exchange(request);
                jobsOnWorker++;
                List<R> results = decode(reply, id, job);
                if (results != null) {
                    pool.complete(job, results);
                }
                break;
            } catch (WorkerProcess.NotDelivered e) {
                if (retried || pool.isTerminated()) {
                    job.fail(lose(job, doing, e));
                    return;
                }
                replaceDeadWorker("before it took " + job);
            } catch (IOException e) {
                job.fail(lose(job, doing, e));
                return;
            } catch (RemoteTaskException e) {
                // Only the initializer gets here: it fails on every fresh worker alike, so rather
                // than start workers forever, the pool fails.
                pool.failAll(e);
                job.fail(pool.terminatedError(job + " never started"));
                return;
            }
        }
        int max = pool.maxTasksPerChild();
        if (max > 0 && jobsOnWorker >= max) {
            retireWorker();
        }
    }

    /** The error for work lost with the worker, which is dropped (the next job starts a new one). */
    private PoolException lose(Job<?, ?> job, String doing, IOException e) {
        PoolException lost = pool.isTerminated()
                ? pool.terminatedError(job + " was on " + worker.describe())
                : worker.broken(doing, e);
        pool.forget(worker);
        worker.kill();
        worker = null;
        return lost;
    }

    /** A worker that died with no work of ours on it: say so on stderr and start another. */
    private void replaceDeadWorker(String when) {
        System.err.println("parbench pool: " + worker.broken(when, null).getMessage() + "; starting a new one");
        pool.forget(worker);
        worker.kill();
        replaceWorker();
    }

    /** The results, or null when the reply was the task's error (the job has failed with it). */
    private <A, R> List<R> decode(byte[] reply, long id, Job<A, R> job) throws IOException {
        List<R> results;
        try {
            results = Protocol.readReply(reply, id, job.task);
        } catch (RemoteTaskException e) {
            job.fail(e);
            return null;
        }
        if (results.size() != job.arguments.size()) {
            throw new IOException(results.size() + " results for " + job.arguments.size() + " arguments");
        }
        return results;
    }
}
