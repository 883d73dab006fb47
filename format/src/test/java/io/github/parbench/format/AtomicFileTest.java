package io.github.parbench.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {

    @TempDir
    Path dir;

    @Test
    void forcesTheWholeContentToDiskBeforeTheNameCanStandForIt() throws Exception {
        Path target = dir.resolve("out/part.json");
        List<String> seenAtSync = new ArrayList<>();

        AtomicFile.write(target, "[1, 2, 3]".getBytes(StandardCharsets.UTF_8), temp -> seenAtSync.add(
                (temp.equals(target) ? "the target" : "a temporary file") + " holding " + Files.readString(temp)
                        + (Files.exists(target) ? ", target there" : ", target not there yet")));

        assertEquals(List.of("a temporary file holding [1, 2, 3], target not there yet"), seenAtSync);
        assertEquals("[1, 2, 3]", Files.readString(target));
    }

    @Test
    void replacesTheOldContentAndLeavesOnlyTheTarget() throws Exception {
        Path target = Files.writeString(dir.resolve("env.json"), "old");
        AtomicFile.write(target, "new");
        assertEquals("new", Files.readString(target));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(target), files.toList());
        }
    }

    @Test
    void aFullDiskNamesTheFileAndTheReasonAndLeavesTheOldContentAndNoTemporaryFile() throws Exception {
        Path target = Files.writeString(dir.resolve("report.md"), "the old report");
        // What the JDK throws for ENOSPC: a bare IOException naming no file.
        FileWriteException failure = assertThrows(FileWriteException.class, () -> AtomicFile.write(target,
                "x".getBytes(StandardCharsets.UTF_8), temp -> {
                    throw new IOException("No space left on device");
                }));

        assertEquals("cannot write " + target.toAbsolutePath() + ": No space left on device", failure.getMessage());
        assertEquals("the old report", Files.readString(target));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(target), files.toList());
        }
    }

    @Test
    void aDirectoryThatCannotBeMadeIsNamedWithItsReason() throws Exception {
        Path notADirectory = Files.writeString(dir.resolve("results"), "a file where a directory should be");
        Path target = notADirectory.resolve("run/env.json");

        FileWriteException failure = assertThrows(FileWriteException.class, () -> AtomicFile.write(target, "{}"));

        assertEquals("cannot write " + target.toAbsolutePath() + ": Not a directory (" + notADirectory.resolve("run") + ")",
                failure.getMessage());
    }

    @Test
    void theFileFollowsTheUmaskNotTheOwnerOnlyModeOfATempFile() throws Exception {
        Path target = dir.resolve("shared.json");
        AtomicFile.write(target, "{}");
        Set<PosixFilePermission> mode = Files.getPosixFilePermissions(target);
        Path plain = Files.createFile(dir.resolve("plain"));
        assertEquals(Files.getPosixFilePermissions(plain), mode, "same mode as any new file of this process");
    }
}
