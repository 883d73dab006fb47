package io.github.parbench.pool;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.EOFException;
import java.io.IOException;
import java.io.StreamCorruptedException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The codecs for the types a task may take and return: numbers, strings, byte arrays and arrays
 * of those. Every variable-length value is an int count followed by its elements; a count that is
 * negative or larger than what a frame can hold is rejected, and an array grows as its elements
 * arrive instead of being allocated at the count, so a malformed frame cannot make a worker
 * allocate more than the frame's own size.
 */
public final class Codecs {

    public static final Codec<Integer> INT = Codec.of(DataOutput::writeInt, DataInput::readInt);
    public static final Codec<Long> LONG = Codec.of(DataOutput::writeLong, DataInput::readLong);
    public static final Codec<Double> DOUBLE = Codec.of(DataOutput::writeDouble, DataInput::readDouble);
    public static final Codec<Boolean> BOOLEAN = Codec.of(DataOutput::writeBoolean, DataInput::readBoolean);

    /** UTF-8 with an int length (not {@code writeUTF}, which stops at 64 KiB). */
    public static final Codec<String> STRING = Codec.of(Codecs::writeString, Codecs::readString);

    public static final Codec<byte[]> BYTES = Codec.of((out, v) -> {
        out.writeInt(v.length);
        out.write(v);
    }, in -> readBytes(in, count(in, 1), "a byte array"));

    public static final Codec<int[]> INTS = Codec.of((out, v) -> {
        out.writeInt(v.length);
        for (int x : v) {
            out.writeInt(x);
        }
    }, in -> {
        int n = count(in, Integer.BYTES);
        int[] v = new int[firstChunk(n)];
        for (int i = 0; i < n; i++) {
            v = i < v.length ? v : Arrays.copyOf(v, grown(v.length, n));
            v[i] = in.readInt();
        }
        return v;
    });

    public static final Codec<long[]> LONGS = Codec.of((out, v) -> {
        out.writeInt(v.length);
        for (long x : v) {
            out.writeLong(x);
        }
    }, in -> {
        int n = count(in, Long.BYTES);
        long[] v = new long[firstChunk(n)];
        for (int i = 0; i < n; i++) {
            v = i < v.length ? v : Arrays.copyOf(v, grown(v.length, n));
            v[i] = in.readLong();
        }
        return v;
    });

    public static final Codec<double[]> DOUBLES = Codec.of((out, v) -> {
        out.writeInt(v.length);
        for (double x : v) {
            out.writeDouble(x);
        }
    }, in -> {
        int n = count(in, Double.BYTES);
        double[] v = new double[firstChunk(n)];
        for (int i = 0; i < n; i++) {
            v = i < v.length ? v : Arrays.copyOf(v, grown(v.length, n));
            v[i] = in.readDouble();
        }
        return v;
    });

    public static final Codec<String[]> STRINGS = Codec.of((out, v) -> {
        out.writeInt(v.length);
        for (String s : v) {
            writeString(out, s);
        }
    }, in -> {
        int n = count(in, Integer.BYTES);
        String[] v = new String[firstChunk(n)];
        for (int i = 0; i < n; i++) {
            v = i < v.length ? v : Arrays.copyOf(v, grown(v.length, n));
            v[i] = readString(in);
        }
        return v;
    });

    public static final Codec<byte[][]> BYTE_ARRAYS = Codec.of((out, v) -> {
        out.writeInt(v.length);
        for (byte[] b : v) {
            BYTES.write(out, b);
        }
    }, in -> {
        int n = count(in, Integer.BYTES);
        byte[][] v = new byte[firstChunk(n)][];
        for (int i = 0; i < n; i++) {
            v = i < v.length ? v : Arrays.copyOf(v, grown(v.length, n));
            v[i] = BYTES.read(in);
        }
        return v;
    });

    /**
     * For tasks run for their effect (an initializer): one zero byte on the wire. Not none at all:
     * a count of values that take no bytes could not be checked against the frame it came in, and a
     * 13-byte reply claiming a million of them would cost megabytes to decode.
     */
    public static final Codec<Void> NONE = Codec.of((out, v) -> out.writeByte(0), in -> {
        byte marker = in.readByte();
        if (marker != 0) {
            throw new StreamCorruptedException("a NONE value is the byte 0, not " + marker);
        }
        return null;
    });

    private Codecs() {
    }

    private static void writeString(DataOutput out, String s) throws IOException {
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static String readString(DataInput in) throws IOException {
        return new String(readBytes(in, count(in, 1), "a string"), StandardCharsets.UTF_8);
    }

    /** Elements allocated before the first one is read: enough for most values, little for a lie. */
    private static final int FIRST_CHUNK = 1024;

    private static int firstChunk(int count) {
        return Math.min(count, FIRST_CHUNK);
    }

    /** Twice the elements read so far, never more than the count. */
    private static int grown(int length, int count) {
        return (int) Math.min(count, 2L * length);
    }

    /** {@code n} bytes, in a buffer that doubles as they arrive. */
    private static byte[] readBytes(DataInput in, int n, String what) throws IOException {
        byte[] bytes = new byte[firstChunk(n)];
        int filled = 0;
        while (true) {
            try {
                in.readFully(bytes, filled, bytes.length - filled);
            } catch (EOFException e) {
                throw new EOFException("input ended inside " + what + " of " + n + " bytes");
            }
            filled = bytes.length;
            if (filled == n) {
                return bytes;
            }
            bytes = Arrays.copyOf(bytes, grown(filled, n));
        }
    }

    /** An element count that fits in one frame, or the frame is corrupt. */
    private static int count(DataInput in, int bytesPerElement) throws IOException {
        int n = in.readInt();
        if (n < 0 || (long) n * bytesPerElement > Frames.MAX_PAYLOAD) {
            throw new StreamCorruptedException("element count " + n + " does not fit in a frame");
        }
        return n;
    }
}
