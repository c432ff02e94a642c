package threadlab.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import threadlab.InvalidInputException;

/**
 * {@code java -jar lab.jar}: the lab's command line. Exit codes: 0 success, 1 a run failed (its
 * results are still written), 2 bad usage (one line on stderr, no stack trace, no results file).
 */
@Command(
        name = "lab",
        mixinStandardHelpOptions = true,
        versionProvider = LabCommand.Version.class,
        description =
                "Thread Lab: the same workload on virtual threads, platform pools, ForkJoinPool and child processes, measured.",
        subcommands = {
            ListCommand.class,
            RunCommand.class,
            ReportCommand.class,
            NotebooksCommand.class,
            DoctorCommand.class,
            CommandLine.HelpCommand.class
        })
public final class LabCommand implements Runnable {

    public static final int OK = 0;
    public static final int RUN_FAILED = 1;
    public static final int BAD_USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(
                spec.commandLine(), "missing command: try 'list' or 'run' (or --help)");
    }

    public static void main(String[] args) {
        System.exit(execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** Runs the command line with the given streams and returns the exit code; for main and tests. */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new LabCommand());
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((e, a) -> {
            e.getCommandLine().getErr().println("error: " + e.getMessage());
            return BAD_USAGE;
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof InvalidInputException) {
                commandLine.getErr().println("error: " + e.getMessage());
                return BAD_USAGE;
            }
            throw e;
        });
        return cli.execute(args);
    }

    /** The version from the jar's manifest, or "dev" when run from classes. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = LabCommand.class.getPackage().getImplementationVersion();
            return new String[] {"Thread Lab " + (v == null ? "dev" : v) + " on JDK " + Runtime.version()};
        }
    }
}
