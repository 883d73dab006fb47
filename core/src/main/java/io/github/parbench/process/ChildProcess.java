package io.github.parbench.process;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Python's {@code multiprocessing.Process} on the JVM: a child JVM with a name, a pid, an exit
 * code, {@code terminate()} and {@code kill()}, and a daemon flag.
 *
 * <p>The daemon flag keeps Python's meaning. A non-daemon child is waited for: a non-daemon
 * thread of this JVM waits for it, so this JVM, like CPython at exit, does not end while the
 * child runs even after main returned. A daemon child is not waited for: when this JVM exits,
 * the {@link Children} shutdown hook kills it. (An explicit {@code System.exit} or a SIGTERM to
 * this JVM ends the wait too, and then every child still running is killed.)
 *
 * <p>The child learns its name from the {@value #NAME_PROPERTY} system property
 * ({@link #currentName()}, Python's {@code current_process().name}).
 *
 * <p>The child's stdout goes to this JVM's {@code System.out} (a Python child writes to its
 * parent's stdout) unless {@link Builder#pipeOutput()} asks to read it; its stderr is this JVM's.
 * Either way it never blocks on a full pipe nobody reads: such a child would never end, and a
 * non-daemon one would keep this JVM from ever exiting.
 */
public final class ChildProcess {

    public static final String NAME_PROPERTY = "parbench.process.name";

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final String name;
    private final boolean daemon;
    private final Process process;
    private final Thread outputPump; // null when the caller reads the output itself

    private ChildProcess(String name, boolean daemon, Process process, Thread outputPump) {
        this.name = name;
        this.daemon = daemon;
        this.process = process;
        this.outputPump = outputPump;
    }

    /** A child that will run {@code mainClass} (which should call {@link ParentWatch#start()}). */
    public static Builder of(Class<?> mainClass) {
        return new Builder(mainClass);
    }

    /** In a child: the name its parent gave it ("MainProcess" in a JVM nobody named). */
    public static String currentName() {
        return System.getProperty(NAME_PROPERTY, "MainProcess");
    }

    public String name() {
        return name;
    }

    public boolean isDaemon() {
        return daemon;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** The underlying process: its stdin is a pipe from this JVM, and so is its stdout after {@link Builder#pipeOutput()}. */
    public Process process() {
        return process;
    }

    /**
     * Waits up to the timeout for the child to end and for what it wrote to stdout to be passed
     * on; returns whether it has ended.
     */
    public boolean join(long timeout, TimeUnit unit) throws InterruptedException {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        if (!process.waitFor(timeout, unit)) {
            return false;
        }
        if (outputPump != null) {
            // A grandchild may hold the pipe open: wait for the output only as long as we may.
            outputPump.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
        }
        return true;
    }

    /** The exit code once the child ended, empty while it runs (Python's {@code exitcode is None}). */
    public OptionalInt exitCode() {
        return process.isAlive() ? OptionalInt.empty() : OptionalInt.of(process.exitValue());
    }

    /**
     * The signal that ended the child, read from its exit code: 128 + N means signal N on Linux
     * (a JVM ended by SIGTERM exits 143, by SIGKILL 137). Python shows the same as a negative
     * exitcode (-15, -9). A child that itself exits with such a code reads the same.
     */
    public Optional<String> exitSignal() {
        OptionalInt code = exitCode();
        return code.isEmpty() ? Optional.empty() : ExitStatus.signal(code.getAsInt());
    }


    /** Asks the child to stop (SIGTERM: a JVM runs its shutdown hooks, then exits 143). */
    public void terminate() {
        process.destroy();
    }

    /** Stops the child at once (SIGKILL: no hook runs; exit code 137). */
    public void kill() {
        process.destroyForcibly();
    }

    @Override
    public String toString() {
        return "ChildProcess[" + name + ", pid " + pid() + (daemon ? ", daemon" : "")
                + exitCode().stream().mapToObj(c -> ", exit " + c).findFirst().orElse(", alive") + "]";
    }

    /** Options of a child before it starts. */
    public static final class Builder {
        private final Class<?> mainClass;
        private String name;
        private boolean daemon;
        private boolean pipeOutput;
        private final List<String> jvmOptions = new ArrayList<>();
        private final List<String> args = new ArrayList<>();

        private Builder(Class<?> mainClass) {
            this.mainClass = mainClass;
        }

        /** Defaults to Python's "Process-N". */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        public Builder daemon(boolean daemon) {
            this.daemon = daemon;
            return this;
        }

        /**
         * Makes the child's stdout a pipe read through {@code process().getInputStream()} instead
         * of this JVM's stdout. Read it: a child that writes more than the pipe holds (about
         * 64 KiB) waits until it is read.
         */
        public Builder pipeOutput() {
            this.pipeOutput = true;
            return this;
        }

        public Builder jvmOptions(String... options) {
            jvmOptions.addAll(List.of(options));
            return this;
        }

        public Builder args(String... arguments) {
            args.addAll(List.of(arguments));
            return this;
        }

        public ChildProcess start() {
            String childName = name != null ? name : "Process-" + SEQUENCE.incrementAndGet();
            List<String> options = new ArrayList<>();
            options.add("-D" + NAME_PROPERTY + "=" + childName);
            options.addAll(jvmOptions);
            Process process = ChildJvm.start(ChildJvm.builder(mainClass, options, args));
            // Through System.out rather than an inherited descriptor, so that the output follows
            // System.setOut and does not cut into whatever else uses this JVM's descriptor 1.
            Thread pump = pipeOutput ? null
                    : OutputPump.bytes(process.getInputStream(), () -> System.out, "parbench-output-" + childName);
            if (!daemon) {
                keepParentAliveUntilEnd(childName, process);
            }
            return new ChildProcess(childName, daemon, process, pump);
        }

        private static void keepParentAliveUntilEnd(String childName, Process process) {
            Thread waiter = new Thread(() -> {
                try {
                    process.waitFor();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "parbench-wait-" + childName);
            waiter.setDaemon(false); // the point: the JVM waits for this thread, hence for the child
            waiter.start();
        }
    }
}
