package io.github.parbench.report.output;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Writes files so a reader never sees half of one: each goes to a temporary file beside its target, is
 * forced to disk and renamed over it. Without the force a power loss could leave the name pointing at an
 * empty file, since file systems may persist a rename before the data. All contents are produced before
 * the first write, so bad input writes nothing.
 */
public final class AtomicWriter {

    /** Forces a file's content to the storage device. */
    @FunctionalInterface
    interface Sync {
        void force(Path file) throws IOException;
    }

    private AtomicWriter() {
    }

    /** Writes every file; a failure leaves earlier targets written whole and no temporary files behind. */
    public static void writeAll(Map<Path, String> files) throws IOException {
        for (Map.Entry<Path, String> file : new LinkedHashMap<>(files).entrySet()) {
            write(file.getKey(), file.getValue());
        }
    }

    public static void write(Path target, String content) throws IOException {
        write(target, content, AtomicWriter::force);
    }

    static void write(Path target, String content, Sync sync) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        // Not Files.createTempFile: its files are owner-only (0600) and stay so once renamed, which
        // would hide reports from everyone else on a shared file system. createFile follows the umask.
        Path temp = Files.createFile(dir.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp"));
        try {
            Files.writeString(temp, content, StandardCharsets.UTF_8);
            sync.force(temp);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void force(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }
}
