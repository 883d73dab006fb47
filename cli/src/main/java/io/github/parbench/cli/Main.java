package io.github.parbench.cli;

import io.github.parbench.cli.bench.Bench;
import io.github.parbench.format.BadInputException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * parbench's one command line ({@code scripts/parbench}, and {@code scripts/bench}, {@code scripts/report},
 * {@code scripts/compare} for its main subcommands): bench, report, compare, status, and the two
 * harnesses of benchmarks.jar, interleaved and latency. Exit codes: 0 fine; 1 a run left parts
 * missing, or compare failed the candidate (slower, broken or missing benchmarks); 2 bad input or
 * usage; 3 an internal error.
 */
@Command(name = "parbench", mixinStandardHelpOptions = true, version = "parbench 0.1.0",
        description = "Runs parbench's benchmarks, reports and compares their results.",
        subcommands = {Bench.class, ReportCommand.class, CompareCommand.class, StatusCommand.class,
            InterleavedCommand.class, LatencyCommand.class})
public final class Main implements java.util.concurrent.Callable<Integer> {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int BAD_INPUT = 2;
    public static final int INTERNAL_ERROR = 3;

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
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof BadInputException) {
                commandLine.getErr().println("error: " + ex.getMessage());
                return BAD_INPUT;
            }
            if (ex instanceof Bench.UsageException) {
                commandLine.getErr().println(commandLine.getCommandName() + ": " + ex.getMessage());
                return BAD_INPUT;
            }
            commandLine.getErr().println("internal error: " + ex);
            ex.printStackTrace(commandLine.getErr());
            return INTERNAL_ERROR;
        });
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
