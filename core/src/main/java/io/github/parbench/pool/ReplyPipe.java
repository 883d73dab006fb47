package io.github.parbench.pool;

import io.github.parbench.process.NamedPipes;
import java.io.EOFException;
import java.io.FileInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The named pipe a worker writes its replies to, alone in a fresh directory only this user may
 * enter. Requests travel the other way over the worker's stdin; its stdout and stderr are left to
 * the JVM's logs and to humans.
 *
 * <p>Opening either end of a named pipe waits for the other end: the parent's {@link #open}
 * returns once the worker has opened its end, and the worker's {@link #openForWriting} once the
 * parent has. The file is needed only until then, and both sides delete it (and its directory)
 * as soon as their open returns. Should the worker die (or take too long) before it opens its
 * end, {@link #release} ends the parent's wait and deletes the pipe; a worker whose parent is
 * gone deletes it before it halts.
 */
final class ReplyPipe {

    /** System property that tells the worker where its reply pipe is. */
    static final String PROPERTY = "parbench.worker.replies";

    private final Path file;
    private String releasedBecause; // guarded by this; set once released

    private ReplyPipe(Path file) {
        this.file = file;
    }

    /** A fresh pipe in a new private directory under {@code java.io.tmpdir}. */
    static ReplyPipe create() throws IOException {
        Path dir = Files.createTempDirectory("parbench-"); // rwx------ on POSIX
        try {
            return new ReplyPipe(NamedPipes.create(dir.resolve("replies")));
        } catch (RuntimeException e) {
            Files.deleteIfExists(dir);
            throw new IOException("cannot make a reply pipe in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** The JVM option that tells the worker where this pipe is. */
    String jvmOption() {
        return "-D" + PROPERTY + "=" + file;
    }

    Path file() {
        return file;
    }

    /**
     * Opens the parent's (reading) end, waiting until the worker has opened its end.
     *
     * @throws EOFException when the pipe was {@link #release released} first, saying why
     */
    InputStream open() throws IOException {
        FileInputStream in;
        try {
            in = new FileInputStream(file.toFile());
        } catch (FileNotFoundException e) {
            throw new EOFException(releasedBecause());
        }
        delete(file);
        synchronized (this) {
            if (releasedBecause != null) {
                in.close(); // our own release opened the other end, not the worker
                throw new EOFException(releasedBecause);
            }
        }
        return in;
    }

    /**
     * The worker will not open its end (it died, was stopped, or is too late): ends a wait in
     * {@link #open} and deletes the pipe. Does nothing once both ends are open, and the second time.
     */
    synchronized void release(String because) {
        if (releasedBecause != null) {
            return;
        }
        releasedBecause = because;
        // Ends a wait in open(); only then may the file go: a wait on a deleted pipe could never end.
        try (FileChannel unblock = NamedPipes.openBothEnds(file)) {
            delete(file);
        } catch (NoSuchFileException e) {
            // Both ends were opened, and the file deleted: nothing waits.
        } catch (IOException e) {
            delete(file);
        }
    }

    private synchronized String releasedBecause() {
        return releasedBecause != null ? releasedBecause : "the reply pipe " + file + " is gone";
    }

    /**
     * Worker side: opens the writing end, waiting until the parent has opened its end, then
     * deletes the file and its directory.
     *
     * @throws NoSuchFileException when the parent has released the pipe (it no longer waits)
     */
    static OutputStream openForWriting(Path file) throws IOException {
        // Never created here: a pipe released meanwhile must not turn into a plain file we write to.
        OutputStream out = Files.newOutputStream(file, StandardOpenOption.WRITE);
        delete(file);
        return out;
    }

    /** Deletes the pipe and its directory, if they are still there. */
    static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
            Files.deleteIfExists(file.getParent());
        } catch (IOException e) {
            // The other side got there first, or the directory holds something not ours: leave it.
        }
    }
}
