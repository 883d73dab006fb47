package io.github.parbench.cli;

import io.github.parbench.cli.bench.Bench;
import io.github.parbench.format.BadInputException;
import io.github.parbench.format.FileWriteException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;

/**
 * What a command that failed with an exception prints and how it exits. A failure the user can fix
 * (bad input, a bad option, a file system that refused a write) is one line on stderr naming the
 * file and what is wrong; only a bug (anything else) gets its stack trace, which is for us. Setting
 * {@value #DEBUG_VARIABLE}=1 adds the stack trace to the user's kind too.
 */
final class ErrorExit {

    /** The environment variable that asks for stack traces of user errors too. */
    static final String DEBUG_VARIABLE = "PARBENCH_DEBUG";

    private ErrorExit() {
    }

    /** Prints the failure to {@code err} and returns the exit code ({@link Main}'s javadoc lists them). */
    static int handle(Exception ex, String command, PrintWriter err, boolean debug) {
        Throwable failure = ex instanceof UncheckedIOException unchecked ? unchecked.getCause() : ex;
        int code;
        if (failure instanceof BadInputException) {
            err.println("error: " + failure.getMessage());
            code = Main.BAD_INPUT;
        } else if (failure instanceof Bench.UsageException) {
            err.println(command + ": " + failure.getMessage());
            code = Main.BAD_INPUT;
        } else if (failure instanceof FileWriteException) {
            err.println("error: " + failure.getMessage());
            code = Main.IO_ERROR;
        } else if (failure instanceof FileSystemException fs && fs.getFile() != null) {
            err.println("error: " + fs.getFile() + (fs.getOtherFile() == null ? "" : " -> " + fs.getOtherFile()) + ": "
                    + FileWriteException.systemReason(fs));
            code = Main.IO_ERROR;
        } else if (failure instanceof IOException io) {
            err.println("error: " + FileWriteException.systemReason(io));
            code = Main.IO_ERROR;
        } else {
            err.println("internal error: " + ex);
            ex.printStackTrace(err);
            return Main.INTERNAL_ERROR;
        }
        if (debug) {
            ex.printStackTrace(err);
        }
        return code;
    }

    /** Whether the environment asks for stack traces ({@value #DEBUG_VARIABLE} set and not 0). */
    static boolean debugRequested() {
        String value = System.getenv(DEBUG_VARIABLE);
        return value != null && !value.isEmpty() && !value.equals("0");
    }
}
