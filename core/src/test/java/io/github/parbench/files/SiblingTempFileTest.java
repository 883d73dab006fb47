package io.github.parbench.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiblingTempFileTest {

    @TempDir
    Path dir;

    @Test
    void isAnEmptyHiddenFileBesideTheTargetAndNeverTheSameTwice() throws Exception {
        Path target = dir.resolve("sub/report.md");
        Path a = SiblingTempFile.create(target);
        Path b = SiblingTempFile.create(target);
        assertEquals(target.getParent(), a.getParent());
        assertTrue(a.getFileName().toString().startsWith(".report.md."));
        assertEquals(0, Files.size(a));
        assertNotEquals(a, b);
    }

    @Test
    void followsTheUmaskLikeOrdinaryOutputInsteadOfBeingOwnerOnly() throws Exception {
        // An ordinary file made the same way shows what the umask allows; createTempFile would give 0600.
        Path ordinary = Files.createFile(dir.resolve("ordinary"));
        Path temp = SiblingTempFile.create(dir.resolve("target"));
        assertEquals(Files.getPosixFilePermissions(ordinary), Files.getPosixFilePermissions(temp));
        assertTrue(Files.getPosixFilePermissions(temp).contains(PosixFilePermission.OWNER_WRITE));
    }
}
