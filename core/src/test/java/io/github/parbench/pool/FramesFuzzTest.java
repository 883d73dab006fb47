package io.github.parbench.pool;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Timeout;

/** The frame decoder, fed any byte stream: whole frames, a clean end, or a declared failure. */
class FramesFuzzTest {

    @FuzzTest(maxDuration = "10s")
    @Timeout(10)
    void readsWholeFramesOrFailsWithAMessage(byte[] stream) {
        DecodingContract.check(stream.length, () -> {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(stream));
            List<byte[]> frames = new ArrayList<>();
            for (byte[] frame = Frames.read(in); frame != null; frame = Frames.read(in)) {
                frames.add(frame);
            }
            return frames;
        });
    }
}
