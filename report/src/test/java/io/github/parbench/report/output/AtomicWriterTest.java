package io.github.parbench.report.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicWriterTest {

    @TempDir
    Path dir;

    @Test
    void forcesTheWholeContentToDiskBeforeRenamingItIntoPlace() throws Exception {
        Path target = dir.resolve("report.md");
        List<String> seenAtSync = new ArrayList<>();

        AtomicWriter.write(target, "# whole report\n", temp -> seenAtSync.add(
                (temp.equals(target) ? "the target" : "a temporary file") + " holding " + Files.readString(temp).trim()
                        + (Files.exists(target) ? ", target there" : ", target not there yet")));

        assertEquals(List.of("a temporary file holding # whole report, target not there yet"), seenAtSync);
        assertEquals("# whole report\n", Files.readString(target));
    }

    @Test
    void theRealSyncLeavesOnlyTheTarget() throws Exception {
        Path target = dir.resolve("compare.md");
        AtomicWriter.write(target, "old");
        AtomicWriter.write(target, "new");
        assertEquals("new", Files.readString(target));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(target), files.toList());
        }
    }
}
