package io.github.parbench.pool;

/** The pool was terminated (or failed as a whole) before this work could finish. */
public final class PoolTerminatedException extends PoolException {

    public PoolTerminatedException(String message) {
        super(message);
    }

    public PoolTerminatedException(String message, Throwable cause) {
        super(message, cause);
    }
}
