package io.github.parbench.pool;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Timeout;

/**
 * Every codec, fed any bytes: the first byte picks the codec, the rest is its input. What decodes
 * must survive a round trip (encode it, decode that: the same value).
 */
class CodecsFuzzTest {

    static final List<Codec<?>> CODECS = List.of(Codecs.INT, Codecs.LONG, Codecs.DOUBLE, Codecs.BOOLEAN,
            Codecs.STRING, Codecs.BYTES, Codecs.INTS, Codecs.LONGS, Codecs.DOUBLES, Codecs.STRINGS,
            Codecs.BYTE_ARRAYS, Codecs.NONE, WorkloadPart.CODEC);

    @FuzzTest(maxDuration = "10s")
    @Timeout(10)
    void decodesOrFailsWithAMessageAndWhatDecodesRoundTrips(byte[] input) throws IOException {
        if (input.length == 0) {
            return;
        }
        @SuppressWarnings("unchecked")
        Codec<Object> codec = (Codec<Object>) CODECS.get(Byte.toUnsignedInt(input[0]) % CODECS.size());
        byte[] encoded = Arrays.copyOfRange(input, 1, input.length);
        Object[] decoded = new Object[1];
        DecodingContract.check(encoded.length, () -> decoded[0] = codec.read(reading(encoded)));
        if (decoded[0] != null || (Object) codec == Codecs.NONE) {
            ByteArrayOutputStream again = new ByteArrayOutputStream();
            codec.write(new DataOutputStream(again), decoded[0]);
            Object redecoded = codec.read(reading(again.toByteArray()));
            assertTrue(Objects.deepEquals(decoded[0], redecoded), () -> "round trip changed " + decoded[0] + " to " + redecoded);
        }
    }

    private static DataInputStream reading(byte[] bytes) {
        return new DataInputStream(new ByteArrayInputStream(bytes));
    }
}
