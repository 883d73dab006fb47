package io.github.parbench.process;

import io.github.parbench.workload.Kernels;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Starts a child JVM that runs a main class of this class path.
 *
 * <p>The child runs the parent's own {@code java} (from {@code java.home}) on the parent's class
 * path made absolute (inside a JMH fork it is relative to a directory the child may not share),
 * with the {@link Kernels} flags so it runs the same compiled kernels, and with its stderr
 * inherited so its errors show. Every child is registered with {@link Children}, which destroys
 * the ones still alive when the parent exits; the child itself runs a {@link ParentWatch} so that
 * it also ends when the parent is killed outright.
 */
public final class ChildJvm {

    /** System property through which a child learns the pid of the parent to watch. */
    public static final String PARENT_PID_PROPERTY = "parbench.parent.pid";

    private ChildJvm() {
    }

    /** The command line that runs {@code mainClass} with these JVM options and arguments. */
    public static List<String> command(Class<?> mainClass, List<String> jvmOptions, List<String> args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(javaExecutable().toString());
        cmd.addAll(Arrays.asList(Kernels.JVM_FLAGS));
        // The kernels allocate nothing; the serial collector spares each child a set of GC threads
        // per core, which on a many-core node would crowd the cores the workers run on.
        cmd.add("-XX:+UseSerialGC");
        cmd.add("-D" + PARENT_PID_PROPERTY + "=" + ProcessHandle.current().pid());
        cmd.addAll(jvmOptions);
        cmd.add("-cp");
        cmd.add(absoluteClassPath());
        cmd.add(mainClass.getName());
        cmd.addAll(args);
        return cmd;
    }

    /** A builder for the child, stderr inherited; stdin and stdout are pipes unless changed. */
    public static ProcessBuilder builder(Class<?> mainClass, List<String> jvmOptions, List<String> args) {
        return new ProcessBuilder(command(mainClass, jvmOptions, args))
                .redirectError(ProcessBuilder.Redirect.INHERIT);
    }

    /** Starts the child and registers it for destruction at parent exit. */
    public static Process start(ProcessBuilder builder) {
        try {
            return Children.register(builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start child JVM: " + String.join(" ", builder.command()), e);
        }
    }

    public static Process start(Class<?> mainClass, String... args) {
        return start(builder(mainClass, List.of(), List.of(args)));
    }

    static Path javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }

    static String absoluteClassPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(p -> !p.isEmpty())
                .map(p -> Path.of(p).toAbsolutePath().normalize().toString())
                .collect(Collectors.joining(File.pathSeparator));
    }
}
