package io.github.parbench.pool;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.io.StreamCorruptedException;
import java.nio.charset.StandardCharsets;

/**
 * The codecs for the types a task may take and return: numbers, strings, byte arrays and arrays
 * of those. Every variable-length value is an int count followed by its elements; a count that is
 * negative or larger than what a frame can hold is rejected, so a malformed frame cannot make a
 * worker allocate gigabytes.
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
    }, in -> {
        byte[] v = new byte[count(in, 1)];
        in.readFully(v);
        return v;
    });

    public static final Codec<int[]> INTS = Codec.of((out, v) -> {
        out.writeInt(v.length);
        for (int x : v) {
            out.writeInt(x);
        }
    }, in -> {
        int[] v = new int[count(in, Integer.BYTES)];
        for (int i = 0; i < v.length; i++) {
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
        long[] v = new long[count(in, Long.BYTES)];
        for (int i = 0; i < v.length; i++) {
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
        double[] v = new double[count(in, Double.BYTES)];
        for (int i = 0; i < v.length; i++) {
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
        String[] v = new String[count(in, Integer.BYTES)];
        for (int i = 0; i < v.length; i++) {
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
        byte[][] v = new byte[count(in, Integer.BYTES)][];
        for (int i = 0; i < v.length; i++) {
            v[i] = BYTES.read(in);
        }
        return v;
    });

    /** For tasks run for their effect (an initializer): nothing on the wire. */
    public static final Codec<Void> NONE = Codec.of((out, v) -> { }, in -> null);

    private Codecs() {
    }

    private static void writeString(DataOutput out, String s) throws IOException {
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static String readString(DataInput in) throws IOException {
        byte[] utf8 = new byte[count(in, 1)];
        in.readFully(utf8);
        return new String(utf8, StandardCharsets.UTF_8);
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
