package io.github.parbench.provenance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitStateTest {

    @TempDir
    Path dir;

    @BeforeAll
    static void needsGit() {
        assumeTrue(ExternalCommand.output(null, List.of("git", "--version"), 10).isPresent(), "git is not installed");
    }

    private void git(String... args) {
        List<String> command = new java.util.ArrayList<>(List.of("git", "-c", "user.name=t", "-c", "user.email=t@example.org",
                "-c", "commit.gpgsign=false"));
        command.addAll(List.of(args));
        assertTrue(ExternalCommand.output(dir, command, 30).isPresent(), "git " + String.join(" ", args));
    }

    @Test
    void aCommittedTreeIsCleanAtItsCommitAndAnEditMakesItDirty() throws Exception {
        git("init", "-q");
        Files.writeString(dir.resolve("a.txt"), "a");
        git("add", "a.txt");
        git("commit", "-q", "-m", "a");
        String head = ExternalCommand.output(dir, List.of("git", "rev-parse", "HEAD"), 10).orElseThrow().trim();

        GitState clean = GitState.of(dir);
        assertEquals(new GitState(head, false), clean);
        assertTrue(clean.cleanCommit());

        Files.writeString(dir.resolve("a.txt"), "edited");
        GitState edited = GitState.of(dir);
        assertEquals(head, edited.commit());
        assertEquals(true, edited.dirty());
        assertFalse(edited.cleanCommit());
    }

    @Test
    void outsideAnyCheckoutNothingIsKnownOrGuessed() throws Exception {
        // GIT_CEILING_DIRECTORIES is not ours to set; a fresh temp dir under /tmp is outside every checkout.
        assumeTrue(ExternalCommand.output(dir, List.of("git", "rev-parse", "--git-dir"), 10).isEmpty(),
                "the temp dir lies inside a checkout");
        GitState none = GitState.of(dir);
        assertNull(none.commit());
        assertNull(none.dirty());
        assertFalse(none.cleanCommit());
    }
}
