package io.github.parbench.shared;

import io.github.parbench.process.NamedPipes;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Python's {@code multiprocessing.Queue} between processes, over a named pipe (a FIFO): any
 * number of producer processes, one consumer process.
 *
 * <p>Each message travels as one frame (a 4-byte length, then the bytes) written by a single
 * {@code write} of at most {@value #PIPE_BUF} bytes. POSIX makes such a write to a pipe atomic,
 * so frames of several producers never interleave, and a pipe delivers the bytes of one writer
 * in the order written: no message is lost, duplicated or torn, and each producer's messages
 * arrive in its order. (CPython's Queue needs a lock around its writes because its messages may
 * be larger; here a message that would not fit one atomic write is refused.) One consumer only:
 * two readers could each take part of a frame.
 *
 * <p>The consumer opens the pipe for reading and writing. Linux lets it open without waiting for
 * a producer, and because it holds a write end itself it never reads end-of-file when one
 * producer closes before the next opens; the end of the stream is a message the producers agree
 * on (a poison pill). A producer's open waits until the consumer has opened the pipe, up to a
 * timeout.
 *
 * <p>The consumer cannot tell a producer that is slow from one that died before its pill: both
 * send nothing. {@link Consumer#poll} waits for a message up to a timeout (CPython's
 * {@code get(timeout=...)}) so that a consumer can give up instead of waiting forever.
 */
public final class ProcessQueue {

    /** The size up to which Linux writes to a pipe atomically. */
    public static final int PIPE_BUF = 4096;
    private static final int HEADER = Integer.BYTES;
    /** The largest message: a whole frame must fit one atomic write. */
    public static final int MAX_MESSAGE_BYTES = PIPE_BUF - HEADER;
    /** How long {@link #producer(Path)} waits for a consumer to open the queue. */
    public static final Duration DEFAULT_OPEN_TIMEOUT = Duration.ofSeconds(60);
    /** How often {@link Consumer#poll} looks for a message: a pipe opened as a file cannot be waited on with a timeout. */
    private static final long POLL_PERIOD_MS = 1;

    private ProcessQueue() {
    }

    /** Makes the named pipe at {@code fifo} (through {@code mkfifo}); it must not exist yet. */
    public static Path create(Path fifo) {
        return NamedPipes.create(fifo);
    }

    /** Opens the writing end, waiting up to {@link #DEFAULT_OPEN_TIMEOUT} for the consumer. */
    public static Producer producer(Path fifo) {
        return producer(fifo, DEFAULT_OPEN_TIMEOUT);
    }

    /**
     * Opens the writing end, waiting up to {@code timeout} for the consumer to open the queue.
     *
     * @throws IllegalStateException naming the queue when no consumer opened it in time
     */
    public static Producer producer(Path fifo, Duration timeout) {
        requireFifo(fifo);
        // open(2) of a pipe's writing end waits for a reader and cannot be given a timeout: it
        // waits on a thread of its own, and we wait for that thread.
        FutureTask<FileOutputStream> opening = new FutureTask<>(() -> new FileOutputStream(fifo.toFile()));
        Thread opener = new Thread(opening, "parbench-queue-open " + fifo.getFileName());
        opener.setDaemon(true);
        opener.start();
        try {
            return new Producer(opening.get(timeout.toNanos(), TimeUnit.NANOSECONDS));
        } catch (TimeoutException e) {
            abandon(fifo, opening);
            throw new IllegalStateException("no consumer opened queue " + fifo + " within " + timeout.toMillis() + " ms");
        } catch (InterruptedException e) {
            abandon(fifo, opening);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a consumer to open queue " + fifo, e);
        } catch (ExecutionException e) {
            throw new UncheckedIOException("cannot open queue " + fifo + " for writing",
                    e.getCause() instanceof IOException io ? io : new IOException(e.getCause()));
        }
    }

    /** Ends the opener's wait for a reader, then closes whatever it opened. */
    private static void abandon(Path fifo, FutureTask<FileOutputStream> opening) {
        try (FileChannel unblock = NamedPipes.openBothEnds(fifo)) {
            opening.get(10, TimeUnit.SECONDS).close();
        } catch (IOException | ExecutionException | TimeoutException e) {
            // The opener failed or is stuck elsewhere; it is a daemon thread and holds nothing of ours.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Opens the reading end (there must be only one); does not wait for producers. */
    public static Consumer consumer(Path fifo) {
        requireFifo(fifo);
        try {
            return new Consumer(new RandomAccessFile(fifo.toFile(), "rw"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open queue " + fifo + " for reading", e);
        }
    }

    private static void requireFifo(Path fifo) {
        try {
            Object type = Files.getAttribute(fifo, "unix:mode");
            // S_IFIFO in the file type bits.
            if (((Integer) type & 0170000) != 0010000) {
                throw new IllegalArgumentException("not a named pipe: " + fifo);
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("no queue at " + fifo + " (" + e.getMessage() + ")", e);
        }
    }

    /**
     * The writing end; safe to share between threads. Plain streams rather than a FileChannel: a
     * channel treats the pipe as a seekable file, which it is not.
     */
    public static final class Producer implements AutoCloseable {
        private final FileOutputStream out;

        private Producer(FileOutputStream out) {
            this.out = out;
        }

        /** Sends one message (at most {@link #MAX_MESSAGE_BYTES}); blocks while the pipe is full. */
        public void put(byte[] message) {
            if (message.length > MAX_MESSAGE_BYTES) {
                throw new IllegalArgumentException("message of " + message.length
                        + " bytes exceeds the queue's limit of " + MAX_MESSAGE_BYTES);
            }
            byte[] frame = ByteBuffer.allocate(HEADER + message.length).putInt(message.length).put(message).array();
            try {
                // One write(2) of the whole frame: atomic at this size, never torn or interleaved.
                out.write(frame);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write to queue", e);
            }
        }

        public void put(String message) {
            put(message.getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public void close() {
            try {
                out.close();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot close queue", e);
            }
        }
    }

    /** The reading end; one thread takes at a time. */
    public static final class Consumer implements AutoCloseable {
        private final RandomAccessFile file;
        private final DataInputStream in;

        private Consumer(RandomAccessFile file) throws IOException {
            this.file = file;
            this.in = new DataInputStream(new BufferedInputStream(new FileInputStream(file.getFD()), PIPE_BUF * 4));
        }

        /**
         * The next message, or null when none arrives within the timeout (CPython's
         * {@code get(timeout=...)}, which raises {@code queue.Empty}).
         */
        public synchronized byte[] poll(long timeout, TimeUnit unit) throws InterruptedException {
            long deadline = System.nanoTime() + unit.toNanos(timeout);
            try {
                // A frame is written whole by one atomic write: once a byte is there, all of it is.
                while (in.available() == 0) {
                    if (System.nanoTime() - deadline >= 0) {
                        return null;
                    }
                    Thread.sleep(POLL_PERIOD_MS);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read from queue", e);
            }
            return take();
        }

        /** The next message as text, or null when none arrives within the timeout. */
        public String pollString(long timeout, TimeUnit unit) throws InterruptedException {
            byte[] message = poll(timeout, unit);
            return message == null ? null : new String(message, StandardCharsets.UTF_8);
        }

        /** The next message; blocks until one arrives (see {@link #poll} for a wait that ends). */
        public synchronized byte[] take() {
            try {
                int length = in.readInt();
                if (length < 0 || length > MAX_MESSAGE_BYTES) {
                    throw new IllegalStateException("corrupt frame length " + length + " in queue");
                }
                byte[] message = new byte[length];
                in.readFully(message);
                return message;
            } catch (EOFException e) {
                throw new IllegalStateException("queue closed in the middle of a frame", e);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read from queue", e);
            }
        }

        public String takeString() {
            return new String(take(), StandardCharsets.UTF_8);
        }

        @Override
        public void close() {
            try {
                file.close();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot close queue", e);
            }
        }
    }
}
