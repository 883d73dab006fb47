package io.github.parbench.format;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/**
 * A file the tools could not write, as the one line the user sees: the file, then the operating
 * system's reason ("No space left on device", "Read-only file system", "Permission denied").
 *
 * <p>Why a type of its own: Java's own exception for a full disk is a bare
 * {@code IOException("No space left on device")} that names no file, and its exceptions for a
 * missing or forbidden path carry the path but no reason. The fix is the user's (free space, a
 * writable directory), so the CLI gives it its own exit code, and the message must say which
 * file and why without a stack trace.
 */
public final class FileWriteException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;

    public FileWriteException(Path file, IOException cause) {
        this(file, reason(cause), cause);
    }

    public FileWriteException(Path file, String reason, IOException cause) {
        super("cannot write " + file + ": " + reason, cause);
        this.file = file;
    }

    /** The file that could not be written. */
    public Path file() {
        return file;
    }

    /**
     * The operating system's reason, in its own words where Java kept them (a
     * {@link FileSystemException}'s reason, or for its subclasses that keep none the errno text they
     * stand for), with the path at fault, which may be another than the one being written.
     */
    public static String reason(IOException e) {
        if (e instanceof FileSystemException fs && fs.getFile() != null) {
            return systemReason(e) + " (" + fs.getFile() + (fs.getOtherFile() == null ? "" : " -> " + fs.getOtherFile()) + ")";
        }
        return systemReason(e);
    }

    /** The reason alone, without the path: for a caller that names the path itself. */
    public static String systemReason(IOException e) {
        if (e instanceof FileSystemException fs) {
            return fs.getReason() != null ? fs.getReason() : errnoText(fs);
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    private static String errnoText(FileSystemException e) {
        if (e instanceof NoSuchFileException) {
            return "No such file or directory";
        }
        if (e instanceof AccessDeniedException) {
            return "Permission denied";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "File exists";
        }
        if (e instanceof NotDirectoryException) {
            return "Not a directory";
        }
        if (e instanceof DirectoryNotEmptyException) {
            return "Directory not empty";
        }
        return e.getClass().getSimpleName();
    }
}
