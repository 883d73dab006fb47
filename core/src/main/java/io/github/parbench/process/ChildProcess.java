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
 */
public final class ChildProcess {

    public static final String NAME_PROPERTY = "parbench.process.name";

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final String name;
    private final boolean daemon;
    private final Process process;

    private ChildProcess(String name, boolean daemon, Process process) {
        this.name = name;
        this.daemon = daemon;
        this.process = process;
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

    /** The underlying process: its stdin and stdout are pipes to this JVM. */
    public Process process() {
        return process;
    }

    /** Waits up to the timeout for the child to end; returns whether it has. */
    public boolean join(long timeout, TimeUnit unit) throws InterruptedException {
        return process.waitFor(timeout, unit);
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
            if (!daemon) {
                keepParentAliveUntilEnd(childName, process);
            }
            return new ChildProcess(childName, daemon, process);
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
