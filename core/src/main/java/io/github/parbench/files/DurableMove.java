package io.github.parbench.files;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Renames a finished file over its final name so that the name never stands for less than the whole
 * content. A rename alone is not enough: file systems may persist the rename before the data, and
 * after a power loss the name would point at an empty or short file that counts as finished (bench
 * takes an existing part file for a done part). So the data is forced to disk first.
 */
public final class DurableMove {

    /** Forces a file's content to the storage device. */
    @FunctionalInterface
    interface Sync {
        void force(Path file) throws IOException;
    }

    private DurableMove() {
    }

    /** Forces {@code finished} to disk, then renames it over {@code target} in one step. */
    public static void intoPlace(Path finished, Path target) throws IOException {
        intoPlace(finished, target, DurableMove::force);
    }

    static void intoPlace(Path finished, Path target, Sync sync) throws IOException {
        sync.force(finished);
        Files.createDirectories(target.toAbsolutePath().getParent());
        try {
            Files.move(finished, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(finished, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void force(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }
}
