package io.github.parbench.provenance;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Which commit a checkout is at and whether its tree differs from it, as {@code git rev-parse HEAD}
 * and {@code git status --porcelain} say: what ties a result to the build it came from. Without git
 * (not installed, not a checkout) both are unknown, never guessed.
 *
 * @param commit the full commit id, or null when unknown
 * @param dirty  true when the tree has changes or files git does not track, null when unknown
 */
public record GitState(String commit, Boolean dirty) {

    private static final long TIMEOUT_SECONDS = 10;

    /** The state of the checkout that holds {@code dir}. */
    public static GitState of(Path dir) {
        Optional<String> commit = ExternalCommand.output(dir, List.of("git", "rev-parse", "HEAD"), TIMEOUT_SECONDS)
                .map(String::trim).filter(c -> !c.isEmpty());
        if (commit.isEmpty()) {
            return new GitState(null, null);
        }
        Boolean dirty = ExternalCommand.output(dir, List.of("git", "status", "--porcelain"), TIMEOUT_SECONDS)
                .map(status -> !status.isBlank()).orElse(null);
        return new GitState(commit.get(), dirty);
    }

    /** A commit is known and the tree was exactly that commit. */
    public boolean cleanCommit() {
        return commit != null && Boolean.FALSE.equals(dirty);
    }
}
