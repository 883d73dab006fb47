package io.github.parbench.cli;

import io.github.parbench.cli.bench.Bench;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * parbench's one command line ({@code scripts/parbench}, and {@code scripts/bench}, {@code scripts/report},
 * {@code scripts/compare} for its main subcommands): bench, report, compare, status, and the two
 * harnesses of benchmarks.jar, interleaved and latency. Exit codes: 0 fine; 1 a run left parts
 * missing, or compare failed the candidate (slower, broken or missing benchmarks); 2 bad input or
 * usage (a missing or malformed input included); 3 an internal error (a bug: it prints its stack
 * trace); 4 the file system refused a write (full, read-only, not permitted: one line naming the
 * file and the system's reason; bench keeps its finished parts for {@code --resume}). Codes 2 and 4
 * print one line and no stack trace unless {@code PARBENCH_DEBUG=1}.
 */
@Command(name = "parbench", mixinStandardHelpOptions = true, version = "parbench 0.1.0",
        description = "Runs parbench's benchmarks, reports and compares their results.",
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:fine", "1:a run left parts missing, or compare failed the candidate",
            "2:bad input or usage: one line naming the input", "3:internal error (a bug), with its stack trace",
            "4:the file system refused a write (full, read-only, not permitted): one line naming the file",
            "Set PARBENCH_DEBUG=1 for the stack trace of a 2 or 4 too."},
        subcommands = {Bench.class, ReportCommand.class, CompareCommand.class, StatusCommand.class,
            InterleavedCommand.class, LatencyCommand.class})
public final class Main implements java.util.concurrent.Callable<Integer> {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int BAD_INPUT = 2;
    public static final int INTERNAL_ERROR = 3;
    public static final int IO_ERROR = 4;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the CLI with the given streams (tests call this instead of main). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        // Usage mistakes get one line, not a page of help: the line says where to find the help.
        cli.setParameterExceptionHandler((ex, arguments) -> {
            String command = ex.getCommandLine().getCommandName();
            ex.getCommandLine().getErr().println(command + ": " + ex.getMessage() + " (see " + command + " --help)");
            return BAD_INPUT;
        });
        boolean debug = ErrorExit.debugRequested();
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) ->
                ErrorExit.handle(ex, commandLine.getCommandName(), commandLine.getErr(), debug));
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("parbench: missing command: bench, report, compare, status, interleaved or latency"
                + " (see scripts/parbench --help)");
        return BAD_INPUT;
    }
}
