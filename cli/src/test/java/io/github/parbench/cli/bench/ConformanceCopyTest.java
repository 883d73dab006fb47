package io.github.parbench.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConformanceCopyTest {

    private static final String COMMIT = "0123456789abcdef0123456789abcdef01234567";
    private static final String OTHER = "fedcba9876543210fedcba9876543210fedcba98";

    @TempDir
    Path repo;

    @TempDir
    Path run;

    private void conformance(String gitFields) throws Exception {
        Path file = Files.createDirectories(repo.resolve("jcstress/target")).resolve("conformance.json");
        Files.writeString(file, "{\"tool\": \"jcstress\", " + gitFields + "\"passed\": true, \"tests\": []}");
    }

    private String copy(String runCommit) throws Exception {
        String line = ConformanceCopy.copy(repo, run, runCommit);
        assertEquals(1, line.lines().count(), line);
        return line;
    }

    @Test
    void theVerdictOnTheRunsOwnCleanCommitIsCopied() throws Exception {
        conformance("\"gitCommit\": \"" + COMMIT + "\", \"gitDirty\": false, ");
        assertEquals("[bench] conformance.json copied: the jcstress verdict on commit 0123456789ab", copy(COMMIT));
        assertEquals(Files.readString(repo.resolve(ConformanceCopy.SOURCE)), Files.readString(run.resolve("conformance.json")));
    }

    @Test
    void anotherCommitsVerdictIsNotCopiedAndTheLineSaysWhy() throws Exception {
        conformance("\"gitCommit\": \"" + OTHER + "\", \"gitDirty\": false, ");
        assertEquals("[bench] conformance.json not copied: jcstress/target/conformance.json is for commit fedcba987654,"
                + " this run is commit 0123456789ab (run mvn verify to check this build)", copy(COMMIT));
        assertFalse(Files.exists(run.resolve("conformance.json")));
    }

    @Test
    void aVerdictFromATreeWithUncommittedChangesIsNotCopied() throws Exception {
        conformance("\"gitCommit\": \"" + COMMIT + "\", \"gitDirty\": true, ");
        assertTrue(copy(COMMIT).contains("was made from a tree with uncommitted changes"));
        conformance("\"gitCommit\": \"" + COMMIT + "\", \"gitDirty\": null, ");
        assertTrue(copy(COMMIT).contains("does not say whether its tree had uncommitted changes"));
        assertFalse(Files.exists(run.resolve("conformance.json")));
    }

    @Test
    void aVerdictThatNamesNoCommitOrARunWithoutOneIsNotCopied() throws Exception {
        conformance("");
        assertTrue(copy(COMMIT).contains("names no git commit"));
        conformance("\"gitCommit\": \"" + COMMIT + "\", \"gitDirty\": false, ");
        assertTrue(copy(null).contains("this run's git commit is unknown"));
        assertFalse(Files.exists(run.resolve("conformance.json")));
    }

    @Test
    void noFileOrABrokenFileIsSaidInOneLine() throws Exception {
        assertEquals("[bench] conformance.json not copied: there is no jcstress/target/conformance.json (mvn verify writes it)",
                copy(COMMIT));
        Files.createDirectories(repo.resolve(ConformanceCopy.SOURCE).getParent());
        Files.writeString(repo.resolve(ConformanceCopy.SOURCE), "{\"gitCommit\": ");
        assertTrue(copy(COMMIT).contains("is truncated JSON"), copy(COMMIT));
        assertFalse(Files.exists(run.resolve("conformance.json")));
    }
}
