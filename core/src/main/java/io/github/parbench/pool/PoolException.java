package io.github.parbench.pool;

/** Something went wrong with work given to a {@link ProcessPool}; the subclasses say what. */
public class PoolException extends RuntimeException {

    public PoolException(String message) {
        super(message);
    }

    public PoolException(String message, Throwable cause) {
        super(message, cause);
    }
}
