package io.github.parbench.exec;

import java.lang.reflect.InvocationTargetException;
import java.util.Optional;
import java.util.concurrent.ThreadFactory;

/**
 * Java 21's virtual threads, reached by reflection so that this module still compiles with
 * {@code --release 17} and runs on 17. The factory is looked up once; on a JDK without virtual
 * threads {@link #available()} is false and {@link #whyUnavailable()} says why.
 */
final class VirtualThreads {

    private static final ThreadFactory FACTORY;
    private static final String WHY_UNAVAILABLE;

    static {
        ThreadFactory factory = null;
        String why = null;
        String jvm = "this JVM is Java " + Runtime.version() + " (" + System.getProperty("java.home") + ")";
        try {
            // Thread.ofVirtual().factory(), through the public interface: the builder's own class is not public.
            Object builder = Thread.class.getMethod("ofVirtual").invoke(null);
            factory = (ThreadFactory) Class.forName("java.lang.Thread$Builder").getMethod("factory").invoke(builder);
        } catch (NoSuchMethodException | ClassNotFoundException e) {
            why = "needs JDK 21 or newer (Thread.ofVirtual); " + jvm;
        } catch (InvocationTargetException e) {
            // JDK 19 and 20 have the method but refuse it without --enable-preview.
            why = "needs JDK 21 or newer (virtual threads are a disabled preview feature here: " + e.getCause() + "); " + jvm;
        } catch (IllegalAccessException | RuntimeException e) {
            why = "virtual threads could not be reached (" + e + "); " + jvm;
        }
        FACTORY = factory;
        WHY_UNAVAILABLE = why;
    }

    private VirtualThreads() {
    }

    static boolean available() {
        return FACTORY != null;
    }

    static Optional<String> whyUnavailable() {
        return Optional.ofNullable(WHY_UNAVAILABLE);
    }

    /** A new, unstarted virtual thread named after its part, like the platform threads of THREADS. */
    static Thread newThread(Runnable body, int index) {
        if (FACTORY == null) {
            throw new UnsupportedOperationException("virtual threads " + WHY_UNAVAILABLE);
        }
        Thread thread = FACTORY.newThread(body);
        thread.setName("parbench-virtual-" + index);
        return thread;
    }
}
