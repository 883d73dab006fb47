package io.github.parbench.pool;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.StreamCorruptedException;
import org.junit.jupiter.api.Test;

/** Frames keep the stream aligned: whole payloads, a clean end, and lengths that cannot be followed. */
class FramesTest {

    private static DataInputStream in(byte[] bytes) {
        return new DataInputStream(new ByteArrayInputStream(bytes));
    }

    @Test
    void framesFollowOneAnotherAndTheStreamEndsCleanly() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        Frames.write(out, new byte[] {1, 2, 3});
        Frames.write(out, new byte[0]);
        DataInputStream in = in(bytes.toByteArray());
        assertArrayEquals(new byte[] {1, 2, 3}, Frames.read(in));
        assertArrayEquals(new byte[0], Frames.read(in));
        assertNull(Frames.read(in));
    }

    @Test
    void aBadLengthOrATruncatedFrameIsAnError() {
        assertThrows(StreamCorruptedException.class, () -> Frames.read(in(new byte[] {(byte) 0x80, 0, 0, 0})));
        assertThrows(StreamCorruptedException.class, () -> Frames.read(in(new byte[] {0x7f, 0, 0, 0})));
        assertThrows(EOFException.class, () -> Frames.read(in(new byte[] {0, 0, 0, 4, 1, 2})));
        assertThrows(EOFException.class, () -> Frames.read(in(new byte[] {0, 0})));
    }
}
