package io.github.parbench.pool;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StreamCorruptedException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The messages inside the frames ({@link Frames}), each starting with a kind byte:
 * <pre>
 * HELLO        worker -> parent once at start:  version:int  pid:long
 * REQUEST      parent -> worker:  id:long  task:string  count:int  count x argument
 * REPLY_OK     worker -> parent:  id:long  count:int  count x result
 * REPLY_ERROR  worker -> parent:  id:long  type:string  message:string  stack:string
 * </pre>
 * A request carries a whole chunk of a map, so one round trip serves many small arguments.
 * A REPLY_ERROR with id {@link #NO_ID} answers a frame whose id could not be read.
 *
 * <p>A request or result that would not fit a frame ({@link Frames#MAX_PAYLOAD}) is refused where
 * it is encoded, with a {@link FrameTooLargeException}: the parent never sends such a request,
 * and a worker answers such a result with a REPLY_ERROR saying so, and lives on.
 */
public final class Protocol {

    public static final byte HELLO = 'H';
    public static final byte REQUEST = 'Q';
    public static final byte REPLY_OK = 'R';
    public static final byte REPLY_ERROR = 'E';
    /** 2: a {@link Codecs#NONE} value is one byte, so every count can be checked against its frame. */
    public static final int VERSION = 2;
    public static final long NO_ID = -1;
    /** An error's message and stack are cut to this many characters: an error reply always fits a frame. */
    static final int MAX_ERROR_TEXT = 1 << 20;

    private Protocol() {
    }

    /** A payload being written: a {@link DataOutputStream} over a byte array that stops growing at the limit. */
    static final class Payload extends DataOutputStream {
        Payload(byte kind) {
            super(new CappedBytes());
            try {
                writeByte(kind);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /**
         * The payload's bytes.
         *
         * @throws FrameTooLargeException when they would not fit a frame, naming {@code what}
         */
        byte[] bytes(String what) throws FrameTooLargeException {
            CappedBytes bytes = (CappedBytes) out;
            if (bytes.size > Frames.MAX_PAYLOAD) {
                throw new FrameTooLargeException(what + " is " + bytes.size + " bytes, over the frame limit of "
                        + Frames.MAX_PAYLOAD + " bytes (" + (Frames.MAX_PAYLOAD >> 20) + " MiB)");
            }
            return Arrays.copyOf(bytes.kept, bytes.count);
        }
    }

    /**
     * Keeps the first {@link Frames#MAX_PAYLOAD} bytes written and counts the rest, so that an
     * oversized payload costs no more memory than the largest legal one, yet its size is known.
     */
    private static final class CappedBytes extends OutputStream {
        private byte[] kept = new byte[64];
        private int count;
        private long size;

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            int keep = (int) Math.max(0, Math.min(len, Frames.MAX_PAYLOAD - size));
            if (count + keep > kept.length) {
                kept = Arrays.copyOf(kept, (int) Math.min(Frames.MAX_PAYLOAD, Math.max(count + keep, 2L * kept.length)));
            }
            System.arraycopy(b, off, kept, count, keep);
            count += keep;
            size += len;
        }
    }

    /** DataInput's own EOFException says nothing; a payload cut short says what it was and how long. */
    private static EOFException endedEarly(String what, byte[] payload, EOFException e) {
        return e.getMessage() != null ? e : new EOFException(what + " of " + payload.length + " bytes ends early");
    }

    static DataInputStream reading(byte[] payload) {
        return new DataInputStream(new ByteArrayInputStream(payload));
    }

    static byte[] hello(long pid) throws IOException {
        Payload p = new Payload(HELLO);
        p.writeInt(VERSION);
        p.writeLong(pid);
        return p.bytes("a hello");
    }

    /** The worker's pid from its HELLO. */
    static long readHello(byte[] payload) throws IOException {
        try {
            DataInputStream in = reading(payload);
            if (in.readByte() != HELLO) {
                throw new StreamCorruptedException("expected HELLO, got kind " + payload[0]);
            }
            int version = in.readInt();
            if (version != VERSION) {
                throw new StreamCorruptedException("worker speaks protocol " + version + ", parent " + VERSION);
            }
            return in.readLong();
        } catch (EOFException e) {
            throw endedEarly("a HELLO", payload, e);
        }
    }

    /** @throws FrameTooLargeException when the arguments do not fit one frame */
    static <A> byte[] request(long id, Task<A, ?> task, List<A> arguments) throws IOException {
        Payload p = new Payload(REQUEST);
        p.writeLong(id);
        Codecs.STRING.write(p, task.name());
        p.writeInt(arguments.size());
        for (A a : arguments) {
            task.argumentCodec().write(p, a);
        }
        return p.bytes("the request for " + task + " (" + counted(arguments.size(), "argument") + ")");
    }

    /** @throws FrameTooLargeException when the results do not fit one frame */
    static <R> byte[] replyOk(long id, Task<?, R> task, List<R> results) throws IOException {
        Payload p = new Payload(REPLY_OK);
        p.writeLong(id);
        p.writeInt(results.size());
        for (R r : results) {
            task.resultCodec().write(p, r);
        }
        return p.bytes("the result of " + task + " (" + counted(results.size(), "result") + ")");
    }

    private static String counted(int n, String thing) {
        return n + " " + thing + (n == 1 ? "" : "s");
    }

    static byte[] replyError(long id, String type, String message, String stack) {
        try {
            Payload p = new Payload(REPLY_ERROR);
            p.writeLong(id);
            Codecs.STRING.write(p, type);
            Codecs.STRING.write(p, clip(message == null ? "" : message));
            Codecs.STRING.write(p, clip(stack));
            return p.bytes("an error reply");
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array does not fail
        }
    }

    private static String clip(String text) {
        return text.length() <= MAX_ERROR_TEXT ? text
                : text.substring(0, MAX_ERROR_TEXT) + " [cut: " + (text.length() - MAX_ERROR_TEXT) + " more characters]";
    }

    /**
     * Decodes the reply to request {@code id}: its results, or the worker's error as a
     * {@link RemoteTaskException}.
     *
     * @throws StreamCorruptedException when the payload is not a well-formed reply to {@code id}
     */
    static <R> List<R> readReply(byte[] payload, long id, Task<?, R> task) throws IOException {
        try {
            return decodeReply(payload, id, task);
        } catch (EOFException e) {
            throw endedEarly("a reply", payload, e);
        }
    }

    private static <R> List<R> decodeReply(byte[] payload, long id, Task<?, R> task) throws IOException {
        DataInputStream in = reading(payload);
        byte kind = in.readByte();
        long replyId = in.readLong();
        if (replyId != id && !(kind == REPLY_ERROR && replyId == NO_ID)) {
            throw new StreamCorruptedException("reply to request " + replyId + " while waiting for " + id);
        }
        switch (kind) {
            case REPLY_OK -> {
                int count = in.readInt();
                if (count < 0 || count > in.available()) {
                    // Every value takes at least a byte (see Codec): more cannot be in the frame.
                    throw new StreamCorruptedException("reply claims " + count + " results in the "
                            + in.available() + " bytes it has left");
                }
                List<R> results = new ArrayList<>(Math.min(count, 1 << 16));
                for (int i = 0; i < count; i++) {
                    results.add(task.resultCodec().read(in));
                }
                return results;
            }
            case REPLY_ERROR -> throw new RemoteTaskException(task.toString(), Codecs.STRING.read(in),
                    Codecs.STRING.read(in), Codecs.STRING.read(in));
            default -> throw new StreamCorruptedException("unknown reply kind " + kind);
        }
    }
}
