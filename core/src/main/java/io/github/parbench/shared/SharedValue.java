package io.github.parbench.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.IntUnaryOperator;

/**
 * Python's {@code multiprocessing.Value('i')}: one int that several processes (JVMs) share, kept
 * in a memory-mapped file that each of them maps.
 *
 * <p>{@link #get()} and {@link #set(int)} are single atomic accesses. {@link #incrementRacy()} is
 * Python's {@code v.value += 1} without the lock: a read and a separate write, so two processes
 * doing it at once lose updates. {@link #incrementLocked()} and {@link #update} do the same under
 * the value's lock ({@code with v.get_lock(): ...}) and lose none.
 *
 * <p>The lock is a word beside the value, taken by compare-and-set on the mapped memory (through
 * a {@link VarHandle} view of the buffer, which works across processes because they map the same
 * physical page). It holds the owner's pid, so a waiter that finds the owner process dead takes
 * the lock over instead of waiting forever.
 *
 * <p>Like CPython's (whose {@code Value} lock is an {@code RLock}), the lock is reentrant: the
 * thread holding it may take it again, as a nested {@link #update} does, and must release it as
 * often; only that thread may release it. Inside one JVM the threads queue for it on an in-JVM
 * lock ({@link ThreadSideLocks}, shared by every mapping of the file in this JVM), so that at
 * most one of them spins for the word in the file.
 */
public final class SharedValue implements AutoCloseable {

    private static final int VALUE_OFFSET = 0;
    private static final int LOCK_OFFSET = 4;
    private static final int SIZE = 8;
    private static final int FREE = 0;
    private static final int SPINS_BEFORE_YIELD = 64;
    private static final int SPINS_BETWEEN_OWNER_CHECKS = 4096;

    private static final VarHandle INT =
            MethodHandles.byteBufferViewVarHandle(int[].class, ByteOrder.nativeOrder());

    private final Path file;
    private final FileChannel channel;
    private final MappedByteBuffer buffer;
    private final Object fileKey;
    private final ReentrantLock threadSide;
    private final int pid = (int) ProcessHandle.current().pid();
    private final AtomicBoolean closed = new AtomicBoolean();

    private SharedValue(Path file, FileChannel channel, MappedByteBuffer buffer, Object fileKey) {
        this.file = file;
        this.channel = channel;
        this.buffer = buffer;
        this.fileKey = fileKey;
        this.threadSide = ThreadSideLocks.acquire(fileKey);
    }

    /**
     * Creates (or replaces) the file holding a value set to {@code initial}, unlocked. The file is
     * written in full beside its final name and then renamed, so no process ever maps a half-made one.
     */
    public static SharedValue create(Path file, int initial) {
        Path parent = file.toAbsolutePath().getParent();
        try {
            Path tmp = Files.createTempFile(parent, file.getFileName().toString(), ".tmp");
            try (SharedValue fresh = map(tmp)) {
                fresh.set(initial);
                INT.setVolatile(fresh.buffer, LOCK_OFFSET, FREE);
                fresh.buffer.force();
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return open(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create shared value " + file, e);
        }
    }

    /** Maps a value another process created. */
    public static SharedValue open(Path file) {
        try {
            if (Files.size(file) != SIZE) {
                throw new IllegalArgumentException("not a shared value (size " + Files.size(file)
                        + " bytes, expected " + SIZE + "): " + file);
            }
            return map(file);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("no shared value at " + file, e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open shared value " + file, e);
        }
    }

    private static SharedValue map(Path file) throws IOException {
        FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        try {
            return new SharedValue(file, ch, ch.map(FileChannel.MapMode.READ_WRITE, 0, SIZE),
                    ThreadSideLocks.keyOf(file));
        } catch (IOException | RuntimeException e) {
            ch.close();
            throw e;
        }
    }

    public Path file() {
        return file;
    }

    public int get() {
        return (int) INT.getVolatile(buffer, VALUE_OFFSET);
    }

    public void set(int value) {
        INT.setVolatile(buffer, VALUE_OFFSET, value);
    }

    /**
     * {@code v.value += 1} without the lock: a read, then a write of what was read plus one.
     * Each access really reaches the shared memory (opaque mode, so the JIT cannot merge a loop
     * of them into one), but nothing keeps another process from writing in between.
     */
    public void incrementRacy() {
        int seen = (int) INT.getOpaque(buffer, VALUE_OFFSET);
        INT.setOpaque(buffer, VALUE_OFFSET, seen + 1);
    }

    /** {@code with v.get_lock(): v.value += 1}. */
    public void incrementLocked() {
        update(v -> v + 1);
    }

    /** Applies {@code change} under the lock and returns the new value; {@code change} may update too. */
    public int update(IntUnaryOperator change) {
        lock();
        try {
            int next = change.applyAsInt(get());
            set(next);
            return next;
        } finally {
            unlock();
        }
    }

    /**
     * Takes the value's lock, shared by every process that maps the file; again, if this thread
     * holds it already.
     */
    public void lock() {
        threadSide.lock();
        if (threadSide.getHoldCount() > 1) {
            return; // this thread holds the word in the file already
        }
        try {
            takeWord();
        } catch (RuntimeException | Error e) {
            threadSide.unlock();
            throw e;
        }
    }

    private void takeWord() {
        for (int spins = 1; ; spins++) {
            int owner = (int) INT.getVolatile(buffer, LOCK_OFFSET);
            if (owner == FREE) {
                if (INT.compareAndSet(buffer, LOCK_OFFSET, FREE, pid)) {
                    return;
                }
            } else if (owner == pid) {
                // No thread of this JVM holds it (this one has the JVM's side), so the word is
                // stale: left by a mapping closed while locked, or by a dead process whose pid we got.
                return;
            } else if (spins % SPINS_BETWEEN_OWNER_CHECKS == 0 && ownerIsGone(owner)) {
                // The owner died holding it: nobody else will ever release it.
                if (INT.compareAndSet(buffer, LOCK_OFFSET, owner, pid)) {
                    return;
                }
            }
            if (spins % SPINS_BEFORE_YIELD == 0) {
                Thread.yield(); // the holder may be waiting for this very core
            } else {
                Thread.onSpinWait();
            }
        }
    }

    /**
     * Releases the lock once; it is free when released as often as taken.
     *
     * @throws IllegalStateException when this thread does not hold it
     */
    public void unlock() {
        if (!threadSide.isHeldByCurrentThread()) {
            throw new IllegalStateException("unlock of a shared value this thread does not hold: " + file);
        }
        try {
            if (threadSide.getHoldCount() == 1 && !INT.compareAndSet(buffer, LOCK_OFFSET, pid, FREE)) {
                throw new IllegalStateException("the lock of shared value " + file
                        + " was taken from this process while it held it");
            }
        } finally {
            threadSide.unlock();
        }
    }

    private static boolean ownerIsGone(int owner) {
        return ProcessHandle.of(owner).map(h -> !h.isAlive()).orElse(true);
    }

    /** Closes the file; the mapping itself goes when the buffer is collected. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        ThreadSideLocks.release(fileKey);
        try {
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close shared value " + file, e);
        }
    }

    @Override
    public String toString() {
        return "SharedValue[" + get() + " in " + file + "]";
    }
}
