package io.github.parbench.format;

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
 * The one way parbench writes a file that someone else reads: the whole content goes to a temporary
 * file beside the target, is forced to the storage device, and is renamed over the target in one step.
 *
 * <p>Why each step: a reader (the report, a resumed bench, another node on a shared file system)
 * must never see half a file, and bench takes an existing part file for a finished part, so after a
 * power loss the name must not point at a short file either; file systems may persist a rename
 * before the data, hence the force before the rename. The temporary file is made with
 * {@link Files#createFile}, which follows the umask, not {@link Files#createTempFile}, whose 0600 mode
 * would survive the rename and hide results from the people they are for on a cluster.
 */
public final class AtomicFile {

    /** Forces a file's content to the storage device (replaced in tests to watch the order of steps). */
    @FunctionalInterface
    public interface Sync {
        void force(Path file) throws IOException;
    }

    private AtomicFile() {
    }

    /** @throws FileWriteException naming the target and the system's reason; nothing is half-written */
    public static void write(Path target, String content) throws FileWriteException {
        write(target, content.getBytes(StandardCharsets.UTF_8));
    }

    public static void write(Path target, byte[] content) throws FileWriteException {
        write(target, content, AtomicFile::force);
    }

    /** Writes every file in order; a failure leaves the earlier ones whole and no temporary file behind. */
    public static void writeAll(Map<Path, String> files) throws FileWriteException {
        for (Map.Entry<Path, String> file : new LinkedHashMap<>(files).entrySet()) {
            write(file.getKey(), file.getValue());
        }
    }

    /**
     * @throws FileWriteException naming the target and the system's reason, whatever step failed;
     *         the temporary file is gone by then, and the target holds what it held before
     */
    static void write(Path target, byte[] content, Sync sync) throws FileWriteException {
        Path absolute = target.toAbsolutePath();
        Path temp = null;
        try {
            Path dir = Files.createDirectories(absolute.getParent());
            temp = Files.createFile(dir.resolve("." + absolute.getFileName() + "." + UUID.randomUUID() + ".tmp"));
            Files.write(temp, content);
            sync.force(temp);
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            FileWriteException failure = new FileWriteException(absolute, e);
            removeTemp(temp, failure);
            throw failure;
        }
    }

    /** A full disk must not also keep the half-written temporary file that filled it. */
    private static void removeTemp(Path temp, FileWriteException failure) {
        if (temp == null) {
            return;
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }

    private static void force(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }
}
