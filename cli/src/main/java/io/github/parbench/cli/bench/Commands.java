package io.github.parbench.cli.bench;

import io.github.parbench.provenance.ExternalCommand;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Short external commands whose output bench records (lscpu, git, java -lp): never the benchmarks. */
public final class Commands {

    private Commands() {
    }

    /** The command's stdout when it exits 0 within the timeout, else empty. */
    static Optional<String> output(Path dir, List<String> command, long timeoutSeconds) {
        return ExternalCommand.output(dir, command, timeoutSeconds);
    }

    /** The python3 on PATH, as its {@code sys.executable} names it; empty when there is none. */
    public static Optional<String> python3() {
        return output(null, List.of("python3", "-c", "import sys; print(sys.executable)"), 30)
                .map(String::trim).filter(s -> !s.isEmpty());
    }
}
