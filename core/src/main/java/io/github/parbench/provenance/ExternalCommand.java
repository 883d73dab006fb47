package io.github.parbench.provenance;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** A short external command whose output is recorded (git, lscpu, java -lp): never a benchmark. */
public final class ExternalCommand {

    private ExternalCommand() {
    }

    /** The command's stdout when it exits 0 within the timeout, else empty (also when it cannot start). */
    public static Optional<String> output(Path dir, List<String> command, long timeoutSeconds) {
        File captured = null;
        try {
            // Output goes to a file, not a pipe: a command that hangs cannot block the read past the timeout.
            captured = File.createTempFile("parbench-cmd", ".out");
            ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(captured)
                    .redirectError(ProcessBuilder.Redirect.DISCARD);
            if (dir != null) {
                builder.directory(dir.toFile());
            }
            builder.environment().put("LC_ALL", "C");
            Process process = builder.start();
            process.getOutputStream().close();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return Optional.empty();
            }
            return process.exitValue() == 0
                    ? Optional.of(Files.readString(captured.toPath(), StandardCharsets.UTF_8)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } finally {
            if (captured != null) {
                captured.delete();
            }
        }
    }
}
