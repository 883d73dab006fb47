package io.github.parbench.pool;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.StreamCorruptedException;
import org.junit.jupiter.api.Test;

/** Every codec reads back what it wrote, and refuses counts no frame could hold. */
class CodecsTest {

    private static <T> T roundTrip(Codec<T> codec, T value) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        codec.write(new DataOutputStream(bytes), value);
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()));
        T read = codec.read(in);
        assertEquals(0, in.available(), "bytes left after reading");
        return read;
    }

    @Test
    void scalarsRoundTrip() throws IOException {
        assertEquals(Integer.MIN_VALUE, roundTrip(Codecs.INT, Integer.MIN_VALUE));
        assertEquals(Long.MAX_VALUE, roundTrip(Codecs.LONG, Long.MAX_VALUE));
        assertEquals(-0.0, roundTrip(Codecs.DOUBLE, -0.0));
        assertEquals(Double.NaN, roundTrip(Codecs.DOUBLE, Double.NaN));
        assertEquals(true, roundTrip(Codecs.BOOLEAN, true));
        assertEquals("", roundTrip(Codecs.STRING, ""));
        assertEquals("π ≈ 3.14159 \uD83D\uDE00", roundTrip(Codecs.STRING, "π ≈ 3.14159 \uD83D\uDE00"));
        assertEquals(null, roundTrip(Codecs.NONE, null));
    }

    @Test
    void arraysRoundTrip() throws IOException {
        assertArrayEquals(new byte[] {-128, 0, 127}, roundTrip(Codecs.BYTES, new byte[] {-128, 0, 127}));
        assertArrayEquals(new int[] {1, -2, 3}, roundTrip(Codecs.INTS, new int[] {1, -2, 3}));
        assertArrayEquals(new long[] {}, roundTrip(Codecs.LONGS, new long[] {}));
        assertArrayEquals(new double[] {0.5, 1e300}, roundTrip(Codecs.DOUBLES, new double[] {0.5, 1e300}));
        assertArrayEquals(new String[] {"a", "", "ü"}, roundTrip(Codecs.STRINGS, new String[] {"a", "", "ü"}));
        assertArrayEquals(new byte[][] {{1}, {}}, roundTrip(Codecs.BYTE_ARRAYS, new byte[][] {{1}, {}}));
        WorkloadPart part = new WorkloadPart("countdown", 3, 1L << 40);
        assertEquals(part, roundTrip(WorkloadPart.CODEC, part));
    }

    @Test
    void countsOutsideAFrameAreRefusedAndShortInputIsAnError() {
        byte[] negative = {(byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xfe};
        assertThrows(StreamCorruptedException.class,
                () -> Codecs.LONGS.read(new DataInputStream(new ByteArrayInputStream(negative))));
        byte[] huge = {0x7f, 0, 0, 0};
        assertThrows(StreamCorruptedException.class,
                () -> Codecs.STRING.read(new DataInputStream(new ByteArrayInputStream(huge))));
        byte[] shortString = {0, 0, 0, 5, 'a'};
        assertThrows(EOFException.class,
                () -> Codecs.STRING.read(new DataInputStream(new ByteArrayInputStream(shortString))));
    }
}
