package io.github.parbench.shared;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The in-JVM side of a {@link SharedValue}'s lock: one {@link ReentrantLock} per shared file for
 * all the threads of this JVM, however many times the file is mapped here. It knows which thread
 * holds the lock and how often, which the pid in the file cannot tell apart. Counted: a file's
 * lock is dropped when its last mapping here is closed.
 */
final class ThreadSideLocks {

    private static final Map<Object, Shared> LOCKS = new HashMap<>(); // guarded by itself

    private static final class Shared {
        final ReentrantLock lock = new ReentrantLock();
        int mappings;
    }

    private ThreadSideLocks() {
    }

    /** The file's identity: the same for every path to it, and kept across a rename. */
    static Object keyOf(Path file) throws IOException {
        Object key = Files.readAttributes(file, BasicFileAttributes.class).fileKey();
        return key != null ? key : file.toRealPath();
    }

    /** The lock for the file with this key; every call needs a {@link #release} later. */
    static ReentrantLock acquire(Object key) {
        synchronized (LOCKS) {
            Shared shared = LOCKS.computeIfAbsent(key, k -> new Shared());
            shared.mappings++;
            return shared.lock;
        }
    }

    static void release(Object key) {
        synchronized (LOCKS) {
            Shared shared = LOCKS.get(key);
            if (shared != null && --shared.mappings == 0) {
                LOCKS.remove(key);
            }
        }
    }
}
