package io.github.parbench.cli;

import io.github.parbench.format.RunFiles;
import io.github.parbench.cli.document.Document;
import io.github.parbench.cli.document.HtmlRenderer;
import io.github.parbench.cli.document.MarkdownRenderer;
import io.github.parbench.format.BadInputException;
import io.github.parbench.cli.input.RunDirectory;
import io.github.parbench.cli.input.RunDirectoryReader;
import io.github.parbench.format.AtomicFile;
import io.github.parbench.cli.runreport.CombinedReport;
import io.github.parbench.cli.runreport.RunReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Writes report.md and report.html for a run directory (inside it, or in --out).",
            "Several run directories give one combined report comparing them; it needs --out."})
final class ReportCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "RUN_DIR", description = "run directories written by scripts/bench")
    List<Path> runDirs;

    @Option(names = "--out", paramLabel = "DIR", description = "where to write the report (default: the run directory)")
    Path out;

    @Override
    public Integer call() throws Exception {
        if (runDirs.size() > 1 && out == null) {
            throw new BadInputException(runDirs.size() + " run directories make one combined report: say where it goes with --out DIR");
        }
        Path target = out != null ? out : runDirs.get(0);
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw new BadInputException(target, "is not a directory (--out needs a directory)");
        }
        List<RunDirectory> runs = new ArrayList<>();
        for (Path dir : runDirs) {
            runs.add(RunDirectoryReader.read(dir));
        }
        Document doc = runs.size() == 1 ? RunReport.build(runs.get(0)) : CombinedReport.build(runs);
        Map<Path, String> files = new LinkedHashMap<>();
        files.put(target.resolve(RunFiles.REPORT_MD), MarkdownRenderer.render(doc));
        files.put(target.resolve(RunFiles.REPORT_HTML), HtmlRenderer.render(doc));
        AtomicFile.writeAll(files);
        files.keySet().forEach(f -> spec.commandLine().getOut().println("wrote " + f));
        return Main.OK;
    }
}
