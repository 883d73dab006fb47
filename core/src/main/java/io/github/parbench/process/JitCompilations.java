package io.github.parbench.process;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Optional;

/**
 * How many JIT compilations a HotSpot JVM on this machine has finished, this one or another (a
 * pool's worker): its {@code sun.ci.totalCompiles} performance counter, the one {@code jstat
 * -compiler} prints and JMH's {@code -prof comp} follows in its own fork.
 *
 * <p>Why counters read from outside rather than a message from the worker: a JVM's counters live in
 * its shared-memory performance data file ({@code hsperfdata}), which another process can read
 * while the JVM computes, at the cost of a memory read, without one byte more on the pool's pipes
 * and without the worker's help. A worker that is busy, stuck or compiling is read all the same.
 *
 * <p>The reader is the JDK's own ({@code sun.jvmstat.monitor}, module {@code jdk.internal.jvmstat}),
 * which a class-path program may use only when its JVM was started with {@link #JVM_FLAGS}; the
 * CLI starts the harnesses and JMH forks with them. Without them, or where a JVM keeps no
 * performance data ({@code -XX:-UsePerfData}), {@link #finished()} is -1: not known, and said so,
 * never taken for "no compilation".
 */
public final class JitCompilations implements AutoCloseable {

    /** What a JVM needs to read compilation counters (its own or another JVM's). */
    public static final String ADD_MODULE = "--add-modules=jdk.internal.jvmstat";
    public static final String ADD_EXPORTS = "--add-exports=jdk.internal.jvmstat/sun.jvmstat.monitor=ALL-UNNAMED";
    public static final String[] JVM_FLAGS = {ADD_MODULE, ADD_EXPORTS};

    private static final String COUNTER = "sun.ci.totalCompiles";
    private static final Reader READER = Reader.load();

    private final long pid;
    private final Object vm; // a sun.jvmstat.monitor.MonitoredVm, or null
    private final Object counter; // its Monitor for COUNTER, or null

    private JitCompilations(long pid, Object vm, Object counter) {
        this.pid = pid;
        this.vm = vm;
        this.counter = counter;
    }

    /** This JVM's own counter. */
    public static JitCompilations ofThisJvm() {
        return of(ProcessHandle.current().pid());
    }

    /**
     * The counter of the JVM with this pid; one that cannot be read ({@link #finished()} -1) when
     * the JVM is gone, is not a HotSpot JVM of this user, or this JVM lacks {@link #JVM_FLAGS}.
     */
    public static JitCompilations of(long pid) {
        if (READER.why != null) {
            return new JitCompilations(pid, null, null);
        }
        try {
            Object vm = READER.attach(pid);
            Object counter = READER.findByName.invoke(vm, COUNTER);
            return new JitCompilations(pid, vm, counter);
        } catch (Throwable e) {
            return new JitCompilations(pid, null, null);
        }
    }

    /** Why no counter can be read in this JVM; empty when counters can be read. */
    public static Optional<String> whyUnavailable() {
        return Optional.ofNullable(READER.why);
    }

    public long pid() {
        return pid;
    }

    /** Compilations finished so far (standard and OSR, C1 and C2), or -1 when not known. */
    public long finished() {
        if (counter == null) {
            return -1;
        }
        try {
            return ((Number) READER.getValue.invoke(counter)).longValue();
        } catch (Throwable e) {
            return -1;
        }
    }

    public boolean readable() {
        return counter != null;
    }

    /** Unmaps the other JVM's performance data. */
    @Override
    public void close() {
        if (vm != null) {
            try {
                READER.detach.invoke(vm);
            } catch (Throwable e) {
                // Detaching only unmaps a file: nothing to do if it fails.
            }
        }
    }

    /** The jvmstat entry points, looked up once; {@code why} says what is missing when they are not there. */
    private record Reader(MethodHandle attachHost, Object host, MethodHandle newVmId, MethodHandle getVm,
                          MethodHandle findByName, MethodHandle getValue, MethodHandle detach, String why) {

        Object attach(long pid) throws Throwable {
            Object id = newVmId.invoke("local://" + pid + "@localhost");
            return getVm.invoke(host, id);
        }

        static Reader load() {
            try {
                Class<?> hostClass = Class.forName("sun.jvmstat.monitor.MonitoredHost");
                Class<?> vmIdClass = Class.forName("sun.jvmstat.monitor.VmIdentifier");
                Class<?> vmClass = Class.forName("sun.jvmstat.monitor.MonitoredVm");
                Class<?> monitorClass = Class.forName("sun.jvmstat.monitor.Monitor");
                MethodHandles.Lookup lookup = MethodHandles.lookup(); // publicLookup sees only unconditional exports
                MethodHandle getHost = lookup.findStatic(hostClass, "getMonitoredHost",
                        MethodType.methodType(hostClass, String.class));
                Object host = getHost.invoke("localhost");
                return new Reader(getHost, host,
                        lookup.findConstructor(vmIdClass, MethodType.methodType(void.class, String.class)),
                        lookup.findVirtual(hostClass, "getMonitoredVm", MethodType.methodType(vmClass, vmIdClass)),
                        lookup.findVirtual(vmClass, "findByName", MethodType.methodType(monitorClass, String.class)),
                        lookup.findVirtual(monitorClass, "getValue", MethodType.methodType(Object.class)),
                        lookup.findVirtual(vmClass, "detach", MethodType.methodType(void.class)), null);
            } catch (ClassNotFoundException e) {
                return unavailable("the JVM was started without " + ADD_MODULE);
            } catch (IllegalAccessException e) {
                return unavailable("the JVM was started without " + ADD_EXPORTS);
            } catch (Throwable e) {
                return unavailable("the JDK's performance counters cannot be read: " + e);
            }
        }

        private static Reader unavailable(String why) {
            return new Reader(null, null, null, null, null, null, null, "JIT compilations are not counted: " + why);
        }
    }
}
