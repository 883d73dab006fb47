package io.github.parbench.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DurableMoveTest {

    @TempDir
    Path dir;

    @Test
    void forcesTheWholeContentToDiskBeforeTheNameCanStandForIt() throws Exception {
        Path target = dir.resolve("out/part.json");
        Path finished = Files.writeString(SiblingTempFile.create(target), "[1, 2, 3]");
        List<String> seenAtSync = new ArrayList<>();

        DurableMove.intoPlace(finished, target, file -> {
            seenAtSync.add(file.getFileName() + " holds " + Files.readString(file)
                    + (Files.exists(target) ? ", target already there" : ", target not yet there"));
        });

        assertEquals(List.of(finished.getFileName() + " holds [1, 2, 3], target not yet there"), seenAtSync);
        assertEquals("[1, 2, 3]", Files.readString(target));
        assertFalse(Files.exists(finished));
    }

    @Test
    void theRealSyncWorksOnAnOrdinaryFileAndReplacesTheOldContent() throws Exception {
        Path target = Files.writeString(dir.resolve("env.json"), "old");
        DurableMove.intoPlace(Files.writeString(SiblingTempFile.create(target), "new"), target);
        assertEquals("new", Files.readString(target));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(target), files.toList());
        }
    }
}
