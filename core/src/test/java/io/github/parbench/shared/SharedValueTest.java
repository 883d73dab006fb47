package io.github.parbench.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(30)
class SharedValueTest {

    @TempDir
    Path dir;

    @Test
    void twoMappingsOfTheFileSeeOneValue() {
        Path file = dir.resolve("v");
        try (SharedValue a = SharedValue.create(file, 41); SharedValue b = SharedValue.open(file)) {
            assertEquals(41, b.get());
            a.incrementLocked();
            assertEquals(42, b.get());
            b.set(-5);
            assertEquals(-5, a.get());
            assertEquals(10, a.update(v -> v * -2));
        }
    }

    @Test
    void theLockExcludesThreadsAndLosesNoUpdate() throws Exception {
        Path file = dir.resolve("v");
        int each = 100_000;
        try (SharedValue a = SharedValue.create(file, 0); SharedValue b = SharedValue.open(file)) {
            Thread t1 = new Thread(() -> repeat(each, a::incrementLocked), "locked-1");
            Thread t2 = new Thread(() -> repeat(each, b::incrementLocked), "locked-2");
            t1.start();
            t2.start();
            t1.join(20_000);
            t2.join(20_000);
            assertEquals(2 * each, a.get());
        }
    }

    @Test
    void theThreadHoldingTheLockMayTakeItAgainAsCPythonsRLockAllows() throws Exception {
        try (SharedValue v = SharedValue.create(dir.resolve("v"), 1)) {
            AtomicInteger inner = new AtomicInteger();
            Thread nested = new Thread(() -> v.update(x -> {
                inner.set(v.update(y -> y * 10)); // the lock is already this thread's
                return v.get() + 1;
            }), "nested-update");
            nested.setDaemon(true); // should the lock spin on itself, let it not hold up the JVM's exit
            nested.start();
            nested.join(5_000);
            assertFalse(nested.isAlive(), "a nested update on the thread holding the lock never returned");
            assertEquals(10, inner.get());
            assertEquals(11, v.get());
            assertEquals(12, v.update(x -> x + 1), "the lock was released as often as it was taken");
        }
    }

    @Test
    void onlyTheThreadHoldingTheLockMayReleaseIt() throws Exception {
        Path file = dir.resolve("v");
        try (SharedValue a = SharedValue.create(file, 0); SharedValue b = SharedValue.open(file)) {
            a.lock();
            try {
                AtomicReference<Throwable> other = new AtomicReference<>();
                Thread sibling = new Thread(() -> {
                    try {
                        b.unlock();
                    } catch (Throwable t) {
                        other.set(t);
                    }
                }, "sibling");
                sibling.start();
                sibling.join(5_000);
                assertInstanceOf(IllegalStateException.class, other.get(), "a sibling thread released our lock");
            } finally {
                a.unlock();
            }
        }
    }

    @Test
    void unlockingAValueNotHeldIsAnError() {
        try (SharedValue v = SharedValue.create(dir.resolve("v"), 0)) {
            assertThrows(IllegalStateException.class, v::unlock);
            v.lock();
            v.unlock();
        }
    }

    @Test
    void openingSomethingThatIsNotASharedValueSaysWhatIsWrong() throws Exception {
        Path missing = dir.resolve("missing");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SharedValue.open(missing));
        assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
        Path other = Files.writeString(dir.resolve("text"), "not a value");
        e = assertThrows(IllegalArgumentException.class, () -> SharedValue.open(other));
        assertTrue(e.getMessage().contains("size 11"), e.getMessage());
    }

    private static void repeat(int times, Runnable action) {
        for (int i = 0; i < times; i++) {
            action.run();
        }
    }
}
