package io.github.parbench.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.TimeUnit;

/** Makes named pipes (FIFOs) with the system's {@code mkfifo}, for which Java has no call: Linux or macOS. */
public final class NamedPipes {

    private NamedPipes() {
    }

    /**
     * Makes a named pipe at {@code fifo} that only this user may open.
     *
     * @throws IllegalArgumentException when something already exists there
     * @throws IllegalStateException when {@code mkfifo} fails, with its message
     */
    public static Path create(Path fifo) {
        if (Files.exists(fifo)) {
            throw new IllegalArgumentException("cannot make a named pipe where a file exists: " + fifo);
        }
        try {
            Process mkfifo = new ProcessBuilder("mkfifo", "-m", "600", fifo.toString())
                    .redirectErrorStream(true).start();
            String output = new String(mkfifo.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (!mkfifo.waitFor(10, TimeUnit.SECONDS) || mkfifo.exitValue() != 0) {
                mkfifo.destroyForcibly();
                throw new IllegalStateException("mkfifo " + fifo + " failed: " + output);
            }
            return fifo;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run mkfifo for " + fifo, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted making " + fifo, e);
        }
    }

    /**
     * Opens both ends of the pipe at once (Linux and macOS allow it for a named pipe): this never
     * waits, and it ends the wait of whoever is opening either end. Close it when done.
     */
    public static FileChannel openBothEnds(Path fifo) throws IOException {
        return FileChannel.open(fifo, StandardOpenOption.READ, StandardOpenOption.WRITE);
    }
}
