package io.github.parbench.jmh.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Stands in for a harness main in PartRunnerTest: writes {@code --results N} empty objects to {@code --out}. */
public final class FakeHarness {

    private FakeHarness() {
    }

    public static void main(String[] args) throws IOException {
        List<String> list = List.of(args);
        int results = Integer.parseInt(list.get(list.indexOf("--results") + 1));
        Path out = Path.of(list.get(list.indexOf("--out") + 1));
        Files.writeString(out, "[" + String.join(",", java.util.Collections.nCopies(results, "{}")) + "]");
    }
}
