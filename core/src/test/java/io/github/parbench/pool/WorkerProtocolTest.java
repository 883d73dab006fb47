package io.github.parbench.pool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.parbench.process.ChildJvm;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The worker main spoken to frame by frame, as a buggy or hostile parent might. */
@Timeout(30)
class WorkerProtocolTest {

    private Process worker;
    private ReplyPipe replies;
    private DataOutputStream toWorker;
    private DataInputStream fromWorker;

    @BeforeEach
    void startWorker() throws IOException {
        replies = ReplyPipe.create();
        worker = ChildJvm.start(ChildJvm.builder(WorkerMain.class, List.of(replies.jvmOption()),
                List.of(TestTasks.class.getName())));
        worker.onExit().thenRun(() -> replies.release("the worker exited"));
        toWorker = new DataOutputStream(worker.getOutputStream());
        fromWorker = new DataInputStream(replies.open());
        assertEquals(worker.pid(), Protocol.readHello(Frames.read(fromWorker)));
    }

    @AfterEach
    void stopWorker() throws Exception {
        worker.destroyForcibly();
        worker.waitFor(5, TimeUnit.SECONDS);
        fromWorker.close();
        PoolTestSupport.assertNoChildLeft();
    }

    private long square(long id, long x) throws IOException {
        Frames.write(toWorker, Protocol.request(id, TestTasks.SQUARE, List.of(x)));
        return Protocol.readReply(Frames.read(fromWorker), id, TestTasks.SQUARE).get(0);
    }

    /** Sends the payload; the worker's error reply, which must carry {@code id}. */
    private RemoteTaskException errorReplyTo(byte[] payload, long id) throws IOException {
        Frames.write(toWorker, payload);
        byte[] reply = Frames.read(fromWorker);
        return assertThrows(RemoteTaskException.class, () -> Protocol.readReply(reply, id, TestTasks.SQUARE));
    }

    private RemoteTaskException errorReplyTo(byte[] payload) throws IOException {
        return errorReplyTo(payload, Protocol.NO_ID);
    }

    @Test
    void malformedFramesGetErrorRepliesAndTheWorkerCarriesOn() throws IOException {
        assertEquals(49L, square(1, 7));
        // Not a request at all.
        assertTrue(errorReplyTo(new byte[] {'?', 1, 2}).remoteMessage().contains("not a request"));
        // A request cut short inside its id.
        assertTrue(errorReplyTo(new byte[] {Protocol.REQUEST, 0, 0}).remoteMessage().contains("malformed frame"));
        // An empty frame.
        assertTrue(errorReplyTo(new byte[0]).remoteMessage().contains("malformed frame"));
        // A well-formed header whose argument is cut short: the error names its request.
        byte[] good = Protocol.request(2, TestTasks.SQUARE, List.of(3L));
        byte[] truncated = java.util.Arrays.copyOf(good, good.length - 3);
        RemoteTaskException e = errorReplyTo(truncated, 2);
        assertTrue(e.remoteMessage().contains("malformed frame"), e.remoteMessage());
        // Trailing garbage after the arguments.
        byte[] padded = java.util.Arrays.copyOf(good, good.length + 1);
        assertTrue(errorReplyTo(padded, 2).remoteMessage().contains("after the arguments"));

        assertEquals(64L, square(3, 8), "the worker still answers after every bad frame");
    }

    @Test
    void theWorkerExitsCleanlyWhenItsInputCloses() throws Exception {
        assertEquals(4L, square(1, 2));
        toWorker.close();
        assertTrue(worker.waitFor(10, TimeUnit.SECONDS), "worker still running after its stdin closed");
        assertEquals(0, worker.exitValue());
    }

    @Test
    void aFrameLengthThatCannotBeFollowedIsAnsweredThenTheWorkerStops() throws Exception {
        toWorker.writeInt(-5);
        toWorker.flush();
        byte[] reply = Frames.read(fromWorker);
        RemoteTaskException e = assertThrows(RemoteTaskException.class, () -> Protocol.readReply(reply, Protocol.NO_ID, TestTasks.SQUARE));
        assertTrue(e.remoteMessage().contains("frame length -5"), e.remoteMessage());
        assertTrue(worker.waitFor(10, TimeUnit.SECONDS));
        assertEquals(2, worker.exitValue());
    }
}
