package io.github.parbench.cli.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.jar.JarFile;

/**
 * Whether a benchmarks jar can serve its contenders to an interleaved A/B run: builds from before
 * the entry server have no such main, and a paired run against one keeps the rounds design alone.
 */
final class EntryServerCheck {

    static final String ENTRY_SERVER_MAIN = "io.github.parbench.jmh.interleaved.EntryServer";

    private EntryServerCheck() {
    }

    /** True when the jar holds the entry server's class; false for an older jar or one that cannot be read. */
    static boolean serves(Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            return file.getEntry(ENTRY_SERVER_MAIN.replace('.', '/') + ".class") != null;
        } catch (IOException e) {
            return false;
        }
    }
}
