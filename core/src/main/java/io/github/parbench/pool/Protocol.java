package io.github.parbench.pool;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.StreamCorruptedException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
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
 */
public final class Protocol {

    public static final byte HELLO = 'H';
    public static final byte REQUEST = 'Q';
    public static final byte REPLY_OK = 'R';
    public static final byte REPLY_ERROR = 'E';
    /** 2: a {@link Codecs#NONE} value is one byte, so every count can be checked against its frame. */
    public static final int VERSION = 2;
    public static final long NO_ID = -1;

    private Protocol() {
    }

    /** A payload being written: a {@link DataOutputStream} over a growing byte array. */
    static final class Payload extends DataOutputStream {
        Payload(byte kind) {
            super(new ByteArrayOutputStream(64));
            try {
                writeByte(kind);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        byte[] bytes() {
            return ((ByteArrayOutputStream) out).toByteArray();
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
        return p.bytes();
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

    static <A> byte[] request(long id, Task<A, ?> task, List<A> arguments) throws IOException {
        Payload p = new Payload(REQUEST);
        p.writeLong(id);
        Codecs.STRING.write(p, task.name());
        p.writeInt(arguments.size());
        for (A a : arguments) {
            task.argumentCodec().write(p, a);
        }
        return p.bytes();
    }

    static <R> byte[] replyOk(long id, Codec<R> codec, List<R> results) throws IOException {
        Payload p = new Payload(REPLY_OK);
        p.writeLong(id);
        p.writeInt(results.size());
        for (R r : results) {
            codec.write(p, r);
        }
        return p.bytes();
    }

    static byte[] replyError(long id, String type, String message, String stack) {
        try {
            Payload p = new Payload(REPLY_ERROR);
            p.writeLong(id);
            Codecs.STRING.write(p, type);
            Codecs.STRING.write(p, message == null ? "" : message);
            Codecs.STRING.write(p, stack);
            return p.bytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array does not fail
        }
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
