package io.github.parbench.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/**
 * An empty temporary file beside a target, for writing a file whole and renaming it into place.
 *
 * <p>Unlike {@link Files#createTempFile}, which makes owner-only (0600) files that keep that mode
 * when renamed, the file is created with the process's umask like any other output, so results and
 * reports on a cluster's shared file system stay readable by the people they are for.
 */
public final class SiblingTempFile {

    private SiblingTempFile() {
    }

    /** Creates {@code .<name>.<random>.tmp} in the target's directory (made if missing). */
    public static Path create(Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = Files.createDirectories(absolute.getParent());
        return Files.createFile(dir.resolve("." + absolute.getFileName() + "." + UUID.randomUUID() + ".tmp"));
    }
}
