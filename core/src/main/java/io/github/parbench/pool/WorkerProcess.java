package io.github.parbench.pool;

import io.github.parbench.process.ChildJvm;
import io.github.parbench.process.ExitStatus;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Parent side of one worker JVM: starts it, exchanges frames with it one request at a time, and
 * when it dies says how (worker name, pid, exit status). Not thread-safe: one thread drives it.
 *
 * <p>{@link ProcessPool} keeps k of these; {@code PROCESS_SPAWN} starts k per run, sends each
 * one request ({@link #send}), then collects the replies ({@link #receive}) so that the k
 * workers compute at the same time.
 */
public final class WorkerProcess {

    /** How long a worker whose pipe broke may take to be reaped before it is called hung. */
    private static final long DEATH_WAIT_MS = 500;

    private final String name;
    private final Process process;
    private final DataOutputStream toWorker;
    private final DataInputStream fromWorker;
    private boolean ready;
    private long lastSentId;
    private long spinNanos;

    private WorkerProcess(String name, Process process) {
        this.name = name;
        this.process = process;
        this.toWorker = new DataOutputStream(new BufferedOutputStream(process.getOutputStream()));
        this.fromWorker = new DataInputStream(new BufferedInputStream(process.getInputStream()));
    }

    /**
     * Starts a worker JVM; it boots in the background, and the first {@link #exchange} waits for
     * its HELLO.
     */
    public static WorkerProcess start(String name, List<String> jvmOptions, List<String> registryClassNames) {
        List<String> options = new ArrayList<>(jvmOptions);
        // A worker out of memory is in no state to go on: let it die and be reported and replaced.
        options.add("-XX:+ExitOnOutOfMemoryError");
        return new WorkerProcess(name, ChildJvm.start(ChildJvm.builder(WorkerMain.class, options, registryClassNames)));
    }

    /** Spin this long for a reply before blocking on the pipe (0: block at once). */
    void spinForReplies(long nanos) {
        this.spinNanos = nanos;
    }

    public String name() {
        return name;
    }

    public long pid() {
        return process.pid();
    }

    /** Completes when the process has exited, for whatever reason. */
    public java.util.concurrent.CompletableFuture<Process> onExit() {
        return process.onExit();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Sends one request frame and returns the reply frame's payload. */
    byte[] exchange(byte[] request) throws IOException {
        try {
            awaitReady();
            Frames.write(toWorker, request);
        } catch (IOException e) {
            throw new NotDelivered(e);
        }
        Spin.untilReadable(fromWorker, spinNanos);
        return readFrame();
    }

    /** The worker was gone before it could take the request: the work did not start, so it may be retried. */
    static final class NotDelivered extends IOException {
        NotDelivered(IOException cause) {
            super(cause.getMessage(), cause);
        }
    }

    /**
     * Sends {@code task(argument)}, waiting for the worker to be ready first; {@link #receive}
     * takes the result.
     *
     * @throws BrokenPoolException when the worker is dead or dies
     */
    public <A> void send(Task<A, ?> task, A argument) {
        try {
            byte[] request = Protocol.request(++lastSentId, task, java.util.Collections.singletonList(argument));
            awaitReady();
            Frames.write(toWorker, request);
        } catch (IOException e) {
            throw broken("while sending " + task, e);
        }
    }

    /**
     * The result of the request last {@link #send sent}.
     *
     * @throws RemoteTaskException when the task threw in the worker
     * @throws BrokenPoolException when the worker died before answering
     */
    public <R> R receive(Task<?, R> task) {
        try {
            return Protocol.readReply(readFrame(), lastSentId, task).get(0);
        } catch (IOException e) {
            throw broken("while running " + task, e);
        }
    }

    private void awaitReady() throws IOException {
        if (!ready) {
            long pid = Protocol.readHello(readFrame());
            if (pid != process.pid()) {
                throw new IOException(describe() + " greeted with pid " + pid);
            }
            ready = true;
        }
    }

    private byte[] readFrame() throws IOException {
        byte[] payload = Frames.read(fromWorker);
        if (payload == null) {
            throw new EOFException("the worker closed its output");
        }
        return payload;
    }

    /**
     * The error for work lost with this worker: waits briefly for the process to end so the exit
     * status can be named, and kills it if it is still there (it broke the protocol or hung).
     */
    public BrokenPoolException broken(String doing, Throwable cause) {
        boolean exited = awaitExit(DEATH_WAIT_MS);
        if (!exited) {
            process.destroyForcibly();
            awaitExit(DEATH_WAIT_MS);
            return new BrokenPoolException(describe() + " broke the protocol (" + cause + ") " + doing
                    + "; it was killed", cause);
        }
        return new BrokenPoolException(describe() + " died with " + ExitStatus.describe(process.exitValue())
                + " " + doing, cause);
    }

    /** Asks the worker to exit (end of its stdin) and waits; kills it if it does not go in time. */
    public void retire(long waitMs) {
        try {
            toWorker.close();
        } catch (IOException e) {
            // Already gone: nothing to ask.
        }
        if (!awaitExit(waitMs)) {
            kill();
        }
    }

    /** Kills without waiting: {@link ProcessPool#terminate} kills all workers at once. */
    public void destroy() {
        process.destroyForcibly();
    }

    public void kill() {
        process.destroyForcibly();
        awaitExit(DEATH_WAIT_MS);
    }

    public boolean awaitExit(long waitMs) {
        try {
            return process.waitFor(waitMs, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }

    public String describe() {
        return name + " (pid " + process.pid() + ")";
    }

    @Override
    public String toString() {
        return describe();
    }
}
