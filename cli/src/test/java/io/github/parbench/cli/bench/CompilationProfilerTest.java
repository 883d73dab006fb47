package io.github.parbench.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.parbench.jmh.WorkerCompilationsProfiler;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** bench asks a jar for the profiler before planning it in, so an older baseline jar still runs. */
class CompilationProfilerTest {

    @TempDir
    Path dir;

    @Test
    void itNamesTheBenchmarksJarsProfilerClass() {
        assertEquals(WorkerCompilationsProfiler.class.getName(), CompilationProfiler.CLASS);
    }

    @Test
    void aJarWithTheClassHasItAndOneWithoutOrNoJarAtAllDoesNot() throws IOException {
        assertTrue(CompilationProfiler.in(jar("with.jar", CompilationProfiler.CLASS.replace('.', '/') + ".class")));
        assertFalse(CompilationProfiler.in(jar("without.jar", "io/github/parbench/jmh/CountdownScaling.class")));
        Path notAJar = Files.writeString(dir.resolve("not.jar"), "not a jar");
        assertFalse(CompilationProfiler.in(notAJar));
        assertFalse(CompilationProfiler.in(dir.resolve("missing.jar")));
    }

    private Path jar(String name, String entry) throws IOException {
        Path jar = dir.resolve(name);
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
            out.putNextEntry(new JarEntry(entry));
            out.write(new byte[] {0});
            out.closeEntry();
        }
        return jar;
    }
}
