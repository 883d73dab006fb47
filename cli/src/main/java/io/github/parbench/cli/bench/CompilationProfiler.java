package io.github.parbench.cli.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;

/**
 * The JMH profiler bench runs the scaling suites with: the JIT compilations that finished during
 * each iteration in the fork and in its worker JVMs ({@code compiles.fork}, {@code compiles.workers}),
 * so a result measured while a process pool's workers were still compiling says so.
 *
 * <p>A jar built before the profiler existed would fail every fork on {@code -prof} with a class it
 * does not have, so bench asks each jar (a paired run's baseline may be older) before planning it in.
 */
final class CompilationProfiler {

    /** The profiler's class in the benchmarks jar (the jar's, not the CLI's: named, not imported). */
    static final String CLASS = "io.github.parbench.jmh.WorkerCompilationsProfiler";

    private CompilationProfiler() {
    }

    /** The JMH options that run a suite with it. */
    static List<String> options() {
        return List.of("-prof", CLASS);
    }

    /** Whether the benchmarks jar holds the profiler; false also when the jar cannot be read as one. */
    static boolean in(Path benchmarksJar) {
        try (JarFile jar = new JarFile(benchmarksJar.toFile())) {
            return jar.getEntry(CLASS.replace('.', '/') + ".class") != null;
        } catch (IOException e) {
            return false;
        }
    }
}
