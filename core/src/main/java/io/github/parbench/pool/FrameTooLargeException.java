package io.github.parbench.pool;

import java.io.IOException;

/** A frame's payload would exceed {@link Frames#MAX_PAYLOAD}; the message says what it was and its size. */
public final class FrameTooLargeException extends IOException {

    public FrameTooLargeException(String message) {
        super(message);
    }
}
