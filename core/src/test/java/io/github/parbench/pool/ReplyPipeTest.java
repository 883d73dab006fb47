package io.github.parbench.pool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.parbench.process.ChildJvm;
import java.io.EOFException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A worker's reply pipe lives only until both ends are open, whichever side ends first. */
@Timeout(30)
class ReplyPipeTest {

    @AfterEach
    void noChildLeft() throws InterruptedException {
        PoolTestSupport.assertNoChildLeft();
    }

    @Test
    void aWorkerKilledBeforeItOpenedItsPipeLeavesNothingBehind() {
        WorkerProcess worker = WorkerProcess.start("worker 1", List.of(), List.of());
        Path pipe = worker.replyPipe();
        worker.kill();
        assertFalse(Files.exists(pipe.getParent()), pipe + " left behind");
    }

    @Test
    void aWorkerDestroyedFromAnotherThreadLeavesNothingBehind() {
        WorkerProcess worker = WorkerProcess.start("worker 1", List.of(), List.of());
        Path pipe = worker.replyPipe();
        worker.destroy();
        assertFalse(Files.exists(pipe.getParent()), pipe + " left behind");
        worker.kill();
    }

    @Test
    void thePipeIsGoneOnceBothEndsAreOpen() {
        WorkerProcess worker = WorkerProcess.start("worker 1", List.of(), List.of());
        try {
            worker.send(BuiltinTasks.ECHO, 5L);
            assertEquals(5L, worker.receive(BuiltinTasks.ECHO));
            assertFalse(Files.exists(worker.replyPipe().getParent()), worker.replyPipe() + " left behind");
        } finally {
            worker.retire(5_000);
        }
    }

    @Test
    void releasingEndsAWaitForAWorkerThatNeverOpens() throws Exception {
        ReplyPipe replies = ReplyPipe.create();
        CompletableFuture<EOFException> waiting = CompletableFuture.supplyAsync(
                () -> assertThrows(EOFException.class, replies::open));
        Thread.sleep(100); // most likely waiting in open() by now; released before it, it fails the same
        replies.release("the worker died");
        assertEquals("the worker died", waiting.get(10, TimeUnit.SECONDS).getMessage());
        assertFalse(Files.exists(replies.file().getParent()), replies.file() + " left behind");
    }

    @Test
    void aWorkerWhoseParentDiedBeforeItOpenedItsPipeDeletesItAndHalts() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        assertTrue(gone.waitFor(10, TimeUnit.SECONDS));
        ReplyPipe replies = ReplyPipe.create();
        Process worker = ChildJvm.start(ChildJvm.builder(WorkerMain.class,
                List.of(replies.jvmOption(), "-D" + ChildJvm.PARENT_PID_PROPERTY + "=" + gone.pid()), List.of()));
        try {
            assertTrue(worker.waitFor(20, TimeUnit.SECONDS), "the orphaned worker did not halt");
            assertEquals(3, worker.exitValue());
            assertFalse(Files.exists(replies.file().getParent()), replies.file() + " left behind");
        } finally {
            worker.destroyForcibly();
            worker.waitFor(5, TimeUnit.SECONDS);
        }
    }

    @Test
    void aWorkerWhosePipeWasReleasedSaysSoAndExits() throws Exception {
        ReplyPipe replies = ReplyPipe.create();
        replies.release("the pool gave up");
        Process worker = ChildJvm.start(ChildJvm.builder(WorkerMain.class, List.of(replies.jvmOption()), List.of())
                .redirectError(ProcessBuilder.Redirect.PIPE));
        try {
            String stderr = new String(worker.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(worker.waitFor(20, TimeUnit.SECONDS), "the worker did not give up");
            assertEquals(2, worker.exitValue());
            assertTrue(stderr.contains("the reply pipe " + replies.file() + " is gone"), stderr);
            assertFalse(Files.exists(replies.file()), replies.file() + " was created as a plain file");
        } finally {
            worker.destroyForcibly();
            worker.waitFor(5, TimeUnit.SECONDS);
        }
    }
}
