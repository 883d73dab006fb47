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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

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
 * on (a poison pill). A producer's open waits until the consumer has opened the pipe.
 */
public final class ProcessQueue {

    /** The size up to which Linux writes to a pipe atomically. */
    public static final int PIPE_BUF = 4096;
    private static final int HEADER = Integer.BYTES;
    /** The largest message: a whole frame must fit one atomic write. */
    public static final int MAX_MESSAGE_BYTES = PIPE_BUF - HEADER;

    private ProcessQueue() {
    }

    /** Makes the named pipe at {@code fifo} (through {@code mkfifo}); it must not exist yet. */
    public static Path create(Path fifo) {
        return NamedPipes.create(fifo);
    }

    /** Opens the writing end; blocks until the consumer has opened the queue. */
    public static Producer producer(Path fifo) {
        requireFifo(fifo);
        try {
            return new Producer(new FileOutputStream(fifo.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open queue " + fifo + " for writing", e);
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

        /** The next message; blocks until one arrives. */
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
