package io.github.parbench.cli;

import io.github.parbench.format.BadInputException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/** The benchmarks jar a harness command runs: the one given, or this checkout's, built when stale. */
final class HarnessJar {

    private HarnessJar() {
    }

    static Path resolve(Path given, PrintWriter console) throws IOException, InterruptedException, BadInputException {
        if (given != null) {
            if (!Files.isRegularFile(given)) {
                throw new BadInputException(given, "is not a benchmarks jar (no such file)");
            }
            return given;
        }
        Checkout checkout = Checkout.ofThisCli();
        checkout.ensureBenchmarksJar(console);
        return checkout.benchmarksJar();
    }
}
