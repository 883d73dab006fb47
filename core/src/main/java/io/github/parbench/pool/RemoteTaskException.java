package io.github.parbench.pool;

/**
 * A task threw in the worker process (or the worker refused the task: unknown name, malformed
 * frame). Carries the worker-side exception's class, message and stack text, since the exception
 * object itself never crosses the process boundary.
 */
public final class RemoteTaskException extends PoolException {

    private final String remoteType;
    private final String remoteMessage;
    private final String remoteStackTrace;

    public RemoteTaskException(String taskName, String remoteType, String remoteMessage, String remoteStackTrace) {
        super(taskName + " failed in the worker: " + remoteType
                + (remoteMessage.isEmpty() ? "" : ": " + remoteMessage));
        this.remoteType = remoteType;
        this.remoteMessage = remoteMessage;
        this.remoteStackTrace = remoteStackTrace;
    }

    /** The worker-side exception's class name, e.g. {@code java.lang.ArithmeticException}. */
    public String remoteType() {
        return remoteType;
    }

    /** The worker-side exception's message ("" when it had none). */
    public String remoteMessage() {
        return remoteMessage;
    }

    /** The worker-side stack trace as {@code printStackTrace} wrote it. */
    public String remoteStackTrace() {
        return remoteStackTrace;
    }

    /** The worker's stack text follows, so a logged exception shows where the task failed. */
    @Override
    public String toString() {
        return super.toString() + System.lineSeparator() + "--- worker stack ---" + System.lineSeparator()
                + remoteStackTrace;
    }
}
