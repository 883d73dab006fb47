package io.github.parbench.cli.bench;

import io.github.parbench.format.AtomicFile;
import io.github.parbench.format.BadInputException;
import io.github.parbench.format.Conformance;
import io.github.parbench.format.RunFiles;
import io.github.parbench.format.RunJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Puts jcstress's conformance.json into a run only when it is the verdict on the build the run
 * measures: made from the run's git commit, from a tree with nothing uncommitted. Any other copy
 * would let a report show "passed" for a build the lessons never ran on.
 */
final class ConformanceCopy {

    static final String SOURCE = "jcstress/target/conformance.json";

    private ConformanceCopy() {
    }

    /**
     * Copies the repo's conformance.json into the run directory when it matches {@code runCommit}.
     *
     * @return one line for the console: what was copied, or why nothing was
     */
    static String copy(Path repo, Path runDir, String runCommit) throws IOException {
        Path source = repo.resolve(SOURCE);
        String why = mismatch(source, runCommit);
        if (why != null) {
            return "[bench] conformance.json not copied: " + why;
        }
        AtomicFile.write(runDir.resolve(RunFiles.CONFORMANCE), Files.readAllBytes(source));
        return "[bench] conformance.json copied: the jcstress verdict on commit " + abbreviated(runCommit);
    }

    /** Why {@code source} is not the verdict on {@code runCommit}'s build, or null when it is. */
    static String mismatch(Path source, String runCommit) {
        if (!Files.isRegularFile(source)) {
            return "there is no " + SOURCE + " (mvn verify writes it)";
        }
        Conformance conformance;
        try {
            conformance = RunJson.read(source, Conformance.class);
        } catch (BadInputException e) {
            return e.getMessage();
        }
        String commit = conformance.gitCommit();
        if (commit == null || commit.isBlank()) {
            return SOURCE + " names no git commit, so it cannot be matched to this build (made by an older gate, or without git)";
        }
        if (runCommit == null) {
            return "this run's git commit is unknown, so no conformance run can be matched to it";
        }
        if (!commit.equals(runCommit)) {
            return SOURCE + " is for commit " + abbreviated(commit) + ", this run is commit "
                    + abbreviated(runCommit) + " (run mvn verify to check this build)";
        }
        Boolean dirty = conformance.gitDirty();
        if (dirty == null) {
            return SOURCE + " does not say whether its tree had uncommitted changes";
        }
        if (dirty) {
            return SOURCE + " was made from a tree with uncommitted changes, which commit "
                    + abbreviated(runCommit) + " does not have";
        }
        return null;
    }

    private static String abbreviated(String commit) {
        return commit.length() <= 12 ? commit : commit.substring(0, 12);
    }
}
