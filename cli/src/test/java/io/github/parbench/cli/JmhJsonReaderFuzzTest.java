package io.github.parbench.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.parbench.cli.compare.ComparisonDocument;
import io.github.parbench.cli.compare.DecisionRule;
import io.github.parbench.cli.compare.UnpairedComparison;
import io.github.parbench.cli.document.MarkdownRenderer;
import io.github.parbench.format.BadInputException;
import io.github.parbench.format.JmhJsonReader;
import io.github.parbench.cli.input.ResultSet;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Any bytes as a results file: the reader turns them into results, which compare (against
 * themselves) and render, or it says in a BadInputException naming the file what is wrong. Never
 * another exception or an error. JSON has no length fields to lie with, so unlike the pool's
 * binary decoders there is no allocation bound to hold it to beyond the timeout.
 */
class JmhJsonReaderFuzzTest {

    @TempDir
    static Path dir;

    @FuzzTest(maxDuration = "10s")
    @Timeout(10)
    void readsAnyResultsFileOrSaysWhatIsWrong(byte[] content) throws Exception {
        Path file = Files.write(dir.resolve("jmh-fuzzed.json"), content);
        try {
            ResultSet results = ResultSet.of(file, JmhJsonReader.read(file));
            MarkdownRenderer.render(ComparisonDocument.of(UnpairedComparison.compare(results, results, DecisionRule.defaults())));
        } catch (BadInputException e) {
            assertTrue(e.getMessage() != null && e.getMessage().startsWith(file + ": ") && e.getMessage().length() > file.toString().length() + 2,
                    () -> "a bad input says which file and what is wrong: " + e.getMessage());
        }
    }
}
