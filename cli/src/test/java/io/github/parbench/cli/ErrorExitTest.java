package io.github.parbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.parbench.format.FileWriteException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the user sees when the file system refuses: one line naming the file and why, exit 4. */
class ErrorExitTest {

    @TempDir
    Path dir;

    private static String handled(Exception failure, boolean debug, int expectedCode) {
        StringWriter err = new StringWriter();
        assertEquals(expectedCode, ErrorExit.handle(failure, "report", new PrintWriter(err, true), debug));
        return err.toString();
    }

    @Test
    void aFullDiskIsOneLineNamingTheFileAndNoStackTrace() {
        Path report = Path.of("/results/run/report.html");
        String said = handled(new FileWriteException(report, new IOException("No space left on device")), false,
                Main.IO_ERROR);
        assertEquals("error: cannot write /results/run/report.html: No space left on device" + System.lineSeparator(), said);
    }

    @Test
    void aReadOnlyOrForbiddenPathIsOneLineToo() {
        assertEquals(List.of("error: /results/run: Read-only file system"), lines(handled(
                new FileSystemException("/results/run", null, "Read-only file system"), false, Main.IO_ERROR)));
        assertEquals(List.of("error: /results/run/env.json: Permission denied"), lines(handled(
                new AccessDeniedException("/results/run/env.json"), false, Main.IO_ERROR)));
        assertEquals(List.of("error: No space left on device"), lines(handled(
                new java.io.UncheckedIOException(new IOException("No space left on device")), false, Main.IO_ERROR)));
    }

    @Test
    void parbenchDebugAddsTheStackTrace() {
        String said = handled(new FileWriteException(Path.of("/x/report.md"), new IOException("No space left on device")),
                true, Main.IO_ERROR);
        assertTrue(said.startsWith("error: cannot write /x/report.md: No space left on device"), said);
        assertTrue(said.contains("\tat "), said);
    }

    @Test
    void aBugStillShowsItsStackTrace() {
        String said = handled(new IllegalStateException("oops"), false, Main.INTERNAL_ERROR);
        assertTrue(said.startsWith("internal error: java.lang.IllegalStateException: oops"), said);
        assertTrue(said.contains("\tat "), said);
    }

    @Test
    void reportIntoADirectoryThatCannotBeMadeExitsFourWithOneLineAndWritesNothing() throws Exception {
        Path run = Fixtures.runDir(dir.resolve("run"), "node1");
        Path blocked = Files.writeString(dir.resolve("blocked"), "a file where --out wants a directory");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int code = Main.run(new String[] {"report", run.toString(), "--out", blocked.resolve("reports").toString()},
                new PrintWriter(out), new PrintWriter(err));

        assertEquals(Main.IO_ERROR, code, err.toString());
        assertEquals(List.of("error: cannot write " + blocked.resolve("reports/report.md").toAbsolutePath()
                + ": Not a directory (" + blocked.resolve("reports") + ")"), lines(err.toString()));
        assertFalse(err.toString().contains("\tat "));
    }

    private static List<String> lines(String text) {
        return text.lines().toList();
    }
}
