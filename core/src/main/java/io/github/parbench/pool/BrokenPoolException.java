package io.github.parbench.pool;

/**
 * The worker process running this work died (killed by a signal, {@code System.exit}, out of
 * memory) or stopped speaking the protocol. The message names the worker, its pid and exit status.
 * The pool replaces the worker; work not yet started is unaffected.
 */
public final class BrokenPoolException extends PoolException {

    public BrokenPoolException(String message) {
        super(message);
    }

    public BrokenPoolException(String message, Throwable cause) {
        super(message, cause);
    }
}
