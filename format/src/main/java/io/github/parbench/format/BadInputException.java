package io.github.parbench.format;

import java.nio.file.Path;

/**
 * An input the tools cannot use. The message is the one line the user sees: the file, then what is
 * wrong with it, so they know what to fix without a stack trace.
 */
public final class BadInputException extends Exception {

    private static final long serialVersionUID = 1L;

    public BadInputException(Path input, String problem) {
        super(input + ": " + problem);
    }

    public BadInputException(String problem) {
        super(problem);
    }
}
