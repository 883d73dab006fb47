package io.github.parbench.pool;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.StreamCorruptedException;

/**
 * The framing of the wire: a 4-byte big-endian payload length, then the payload. A reader always
 * consumes whole frames, so a payload it cannot make sense of costs that frame only, never the
 * stream's alignment.
 */
public final class Frames {

    /** Large enough for any sane chunk of a map, small enough that a bad length is caught. */
    public static final int MAX_PAYLOAD = 64 << 20;

    private Frames() {
    }

    /**
     * Writes one frame and flushes it: the other side is waiting for it.
     *
     * @throws FrameTooLargeException, writing nothing, when the payload is over {@link #MAX_PAYLOAD}:
     *     the reader would take it for a corrupt stream
     */
    public static void write(DataOutputStream out, byte[] payload) throws IOException {
        if (payload.length > MAX_PAYLOAD) {
            throw new FrameTooLargeException("a payload of " + payload.length + " bytes is over the frame limit of "
                    + MAX_PAYLOAD + " bytes");
        }
        out.writeInt(payload.length);
        out.write(payload);
        out.flush();
    }

    /**
     * Reads one frame's payload; null on a clean end of stream (before a frame starts).
     *
     * <p>The payload grows as its bytes arrive ({@link java.io.InputStream#readNBytes(int)}) rather
     * than being allocated at the length the frame claims: a corrupt 4-byte length must not cost up
     * to {@link #MAX_PAYLOAD} bytes of memory before the stream turns out to end.
     *
     * @throws StreamCorruptedException on a length outside {@code [0, MAX_PAYLOAD]}: the stream
     *     can no longer be followed
     * @throws EOFException when the stream ends inside a frame
     */
    public static byte[] read(DataInputStream in) throws IOException {
        int b0 = in.read();
        if (b0 < 0) {
            return null;
        }
        int length;
        try {
            length = (b0 << 24) | (in.readUnsignedByte() << 16) | (in.readUnsignedByte() << 8) | in.readUnsignedByte();
        } catch (EOFException e) {
            throw new EOFException("stream ended inside a frame's 4-byte length");
        }
        if (length < 0 || length > MAX_PAYLOAD) {
            throw new StreamCorruptedException("frame length " + length + " outside [0, " + MAX_PAYLOAD + "]");
        }
        byte[] payload = in.readNBytes(length);
        if (payload.length < length) {
            throw new EOFException("stream ended after " + payload.length + " of a frame's " + length + " payload bytes");
        }
        return payload;
    }
}
