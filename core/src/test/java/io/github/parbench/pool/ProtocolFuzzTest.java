package io.github.parbench.pool;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.ByteBuffer;
import java.util.Arrays;
import org.junit.jupiter.api.Timeout;

/**
 * The protocol decoder, fed any payload. The first byte picks the task's result codec; the rest is
 * the payload, decoded as a HELLO and as the reply to the request id it names itself (so the body
 * is reached) and to another id (so is the mismatch).
 */
class ProtocolFuzzTest {

    @FuzzTest(maxDuration = "10s")
    @Timeout(10)
    void decodesRepliesAndHellosOrFailsWithAMessage(byte[] input) {
        if (input.length == 0) {
            return;
        }
        Codec<?> codec = CodecsFuzzTest.CODECS.get(Byte.toUnsignedInt(input[0]) % CodecsFuzzTest.CODECS.size());
        Task<Void, ?> task = Task.of("fuzzed", Codecs.NONE, codec, argument -> null);
        byte[] payload = Arrays.copyOfRange(input, 1, input.length);
        long ownId = payload.length >= 9 ? ByteBuffer.wrap(payload, 1, 8).getLong() : 0;
        DecodingContract.check(payload.length, () -> Protocol.readHello(payload));
        DecodingContract.check(payload.length, () -> Protocol.readReply(payload, ownId, task));
        DecodingContract.check(payload.length, () -> Protocol.readReply(payload, ~ownId, task));
    }
}
