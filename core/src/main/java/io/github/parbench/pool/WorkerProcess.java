package io.github.parbench.pool;

import io.github.parbench.process.ChildJvm;
import io.github.parbench.process.ExitStatus;
import io.github.parbench.process.OutputPump;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Parent side of one worker JVM: starts it, sends it requests over its stdin, reads the replies
 * from its {@link ReplyPipe}, one request at a time, and when it dies says how (worker name, pid,
 * exit status). Not thread-safe: one thread drives it ({@link #destroy} excepted).
 *
 * <p>The worker's stdout, where HotSpot writes its logs ({@code -Xlog}, {@code -verbose:gc}), is
 * passed on line by line, each line prefixed with the worker's name and pid (to this JVM's stderr
 * unless told otherwise); its stderr is this JVM's.
 *
 * <p>{@link ProcessPool} keeps k of these; {@code PROCESS_SPAWN} starts k per run, sends each
 * one request ({@link #send}), then collects the replies ({@link #receive}) so that the k
 * workers compute at the same time.
 */
public final class WorkerProcess {

    /** How long a worker whose pipe broke may take to be reaped before it is called hung. */
    private static final long DEATH_WAIT_MS = 500;
    /** A worker boots in about a second even on a loaded machine; this only ends a wait that would not. */
    private static final long OPEN_TIMEOUT_MS = 60_000;

    private final String name;
    private final Process process;
    private final ReplyPipe replies;
    private final DataOutputStream toWorker;
    private DataInputStream fromWorker; // null until the worker has opened its reply pipe and said HELLO
    private Thread outputPump;
    private long lastSentId;
    private long spinNanos;

    private WorkerProcess(String name, Process process, ReplyPipe replies) {
        this.name = name;
        this.process = process;
        this.replies = replies;
        this.toWorker = new DataOutputStream(new BufferedOutputStream(process.getOutputStream()));
    }

    /**
     * Starts a worker JVM whose stdout lines go to this JVM's stderr; it boots in the background,
     * and the first {@link #exchange} waits for it to open its reply pipe and say HELLO.
     */
    public static WorkerProcess start(String name, List<String> jvmOptions, List<String> registryClassNames) {
        return start(name, jvmOptions, registryClassNames, line -> System.err.println(line));
    }

    /** As {@link #start(String, List, List)}, with the worker's stdout lines (prefixed) given to {@code output}. */
    public static WorkerProcess start(String name, List<String> jvmOptions, List<String> registryClassNames,
                                      Consumer<String> output) {
        ReplyPipe replies;
        try {
            replies = ReplyPipe.create();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name + ": " + e.getMessage(), e);
        }
        List<String> options = new ArrayList<>(jvmOptions);
        // A worker out of memory is in no state to go on: let it die and be reported and replaced.
        options.add("-XX:+ExitOnOutOfMemoryError");
        options.add(replies.jvmOption());
        Process process;
        try {
            process = ChildJvm.start(ChildJvm.builder(WorkerMain.class, options, registryClassNames));
        } catch (RuntimeException e) {
            replies.release("the worker did not start");
            throw e;
        }
        process.onExit().thenRun(() -> replies.release("the worker exited before it opened its reply pipe"));
        CompletableFuture.delayedExecutor(OPEN_TIMEOUT_MS, TimeUnit.MILLISECONDS).execute(() -> replies.release(
                "the worker did not open its reply pipe within " + OPEN_TIMEOUT_MS + " ms of its start"));
        WorkerProcess worker = new WorkerProcess(name, process, replies);
        worker.outputPump = OutputPump.lines(process.getInputStream(),
                line -> output.accept(worker.describe() + ": " + line), "parbench-" + name.replace(' ', '-') + "-stdout");
        return worker;
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
    public CompletableFuture<Process> onExit() {
        return process.onExit();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** The worker's reply pipe; the file is gone once both ends are open (for tests). */
    Path replyPipe() {
        return replies.file();
    }

    /** Sends one request frame and returns the reply frame's payload. */
    byte[] exchange(byte[] request) throws IOException {
        deliver(request);
        return awaitReply();
    }

    /** Sends one request frame; {@link #awaitReply} takes its answer. */
    void deliver(byte[] request) throws NotDelivered {
        try {
            ready();
            Frames.write(toWorker, request);
        } catch (IOException e) {
            throw new NotDelivered(e);
        }
    }

    /** The payload of the reply to the request last {@link #deliver delivered}. */
    byte[] awaitReply() throws IOException {
        DataInputStream in = ready();
        Spin.untilReadable(in, spinNanos);
        return readFrame(in);
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
     * @throws PoolException when the argument cannot be encoded
     * @throws BrokenPoolException when the worker is dead or dies
     */
    public <A> void send(Task<A, ?> task, A argument) {
        byte[] request;
        try {
            request = Protocol.request(++lastSentId, task, Collections.singletonList(argument));
        } catch (FrameTooLargeException e) {
            throw new PoolException(e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            throw new PoolException("cannot encode the argument of " + task + ": " + e.getMessage(), e);
        }
        try {
            ready();
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
            return Protocol.readReply(readFrame(ready()), lastSentId, task).get(0);
        } catch (IOException e) {
            throw broken("while running " + task, e);
        }
    }

    /** The reply stream, once the worker has opened its end of the pipe and said HELLO with its own pid. */
    private DataInputStream ready() throws IOException {
        if (fromWorker == null) {
            DataInputStream in = new DataInputStream(new BufferedInputStream(replies.open()));
            try {
                long pid = Protocol.readHello(readFrame(in));
                if (pid != process.pid()) {
                    throw new IOException(describe() + " greeted with pid " + pid);
                }
            } catch (IOException | RuntimeException e) {
                in.close();
                throw e;
            }
            fromWorker = in;
        }
        return fromWorker;
    }

    private static byte[] readFrame(DataInputStream in) throws IOException {
        byte[] payload = Frames.read(in);
        if (payload == null) {
            throw new EOFException("the worker closed its reply pipe");
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

    /**
     * Asks the worker to exit (end of its stdin) and waits; kills it if it does not go in time. A
     * worker that never opened its reply pipe has done nothing and is killed at once.
     */
    public void retire(long waitMs) {
        if (fromWorker == null) {
            kill();
            return;
        }
        closeQuietly(toWorker);
        if (!awaitExit(waitMs)) {
            kill();
            return;
        }
        closeQuietly(fromWorker);
        awaitOutput();
    }

    /** Kills without waiting, from any thread: {@link ProcessPool#terminate} kills all workers at once. */
    public void destroy() {
        process.destroyForcibly();
        replies.release("the worker was stopped");
    }

    /** Kills the worker, waits briefly for it to go, and closes its pipes. */
    public void kill() {
        process.destroyForcibly();
        awaitExit(DEATH_WAIT_MS);
        replies.release("the worker was stopped");
        closeQuietly(toWorker);
        if (fromWorker != null) {
            closeQuietly(fromWorker);
        }
        awaitOutput();
    }

    private static void closeQuietly(java.io.Closeable stream) {
        try {
            stream.close();
        } catch (IOException e) {
            // Already broken: closed enough.
        }
    }

    /** Lets the last lines of an exited worker be passed on before we say it is gone. */
    private void awaitOutput() {
        if (process.isAlive()) {
            return;
        }
        try {
            outputPump.join(DEATH_WAIT_MS); // a grandchild may hold the pipe open: do not wait for it
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
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
