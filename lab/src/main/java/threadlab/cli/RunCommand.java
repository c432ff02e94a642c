package threadlab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import threadlab.InvalidInputException;
import threadlab.child.ChildJava;
import threadlab.child.PoolOptions;
import threadlab.experiment.Experiment;
import threadlab.experiment.ExperimentRunner;
import threadlab.experiment.Experiments;
import threadlab.experiment.ExternalExperiment;
import threadlab.experiment.Profile;
import threadlab.experiment.Trial;
import threadlab.machine.Jdk;
import threadlab.machine.JdkChoice;
import threadlab.machine.Jdks;
import threadlab.measure.Host;
import threadlab.measure.NoiseProbe;
import threadlab.mode.Mode;
import threadlab.mode.Modes;
import threadlab.result.Results;
import threadlab.result.ResultsFile;
import threadlab.result.RunResult;
import threadlab.workload.WorkloadSpec;
import threadlab.workload.Workloads;

/**
 * {@code run}: one or more experiments by id, or one ad-hoc sweep ({@code --workload}, {@code
 * --modes}, {@code --tasks}). Everything is checked before the run folder is created, so bad
 * input never leaves a results file behind.
 */
@Command(
        name = "run",
        description = {
            "Run experiments by id, or a workload in chosen modes.",
            "  run seed --quick",
            "  run --workload sleep:ms=1000 --modes virtual,platform-pool:100 --tasks 10000",
            "  run pinning --quick --jdk all"
        })
final class RunCommand implements Callable<Integer> {

    static final int MAX_TASKS = 10_000_000;
    static final int MAX_REPEAT = 1_000;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "EXPERIMENT", arity = "0..*", description = "experiment ids (see 'list'), or 'all'")
    List<String> experiments = new ArrayList<>();

    @Option(names = "--quick", description = "the quick profile: every sweep shrunk to seconds")
    boolean quick;

    @Option(names = "--workload", paramLabel = "SPEC", description = "a workload spec, e.g. sleep:ms=1000")
    String workload;

    @Option(names = "--modes", paramLabel = "ID", split = ",", description = "mode ids, e.g. virtual,platform-pool:100")
    List<String> modes = new ArrayList<>();

    @Option(names = "--tasks", paramLabel = "N", description = "how many tasks each run starts (1.." + MAX_TASKS + ")")
    Integer tasks;

    @Option(names = "--concurrency", paramLabel = "N", description = "the N of bounded modes given without :N")
    Integer concurrency;

    @Option(
            names = "--repeat",
            paramLabel = "N",
            description = "runs per cell (default: the experiment's; 3 for --workload)")
    Integer repeat;

    @Option(
            names = "--chunk",
            paramLabel = "N",
            description = "process-pool: tasks per message to a worker (default 1)")
    Integer chunk;

    @Option(
            names = "--max-tasks-per-child",
            paramLabel = "N",
            description = "process-pool: replace a worker after N tasks")
    Integer maxTasksPerChild;

    @Option(
            names = "--task-timeout-ms",
            paramLabel = "MS",
            description = "process-pool: kill and replace a worker whose task runs longer")
    Integer taskTimeoutMs;

    @Option(
            names = "--on-crash",
            paramLabel = "replace|break",
            description =
                    "process-pool: a dead worker is replaced (default), or breaks the pool like Python's BrokenProcessPool")
    String onCrash;

    @Option(
            names = "--jdk",
            paramLabel = "PATH[,PATH...]|all",
            description = "run the lessons that run in child JVMs (the pitfalls, startup-cost, ipc, ipc-channels) "
                    + "with their children on each of these JDK homes, or on 'all' found (21 or newer)")
    String jdk;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            defaultValue = "results",
            description = "folder that holds run folders (default: ${DEFAULT-VALUE})")
    Path out;

    @Option(
            names = "--run-id",
            paramLabel = "ID",
            description = "the run folder's name (default: date-time and experiment, e.g. 20261201-220716-all)")
    String runId;

    @Option(
            names = "--no-noise-floor",
            description = "skip measuring how much the same small cell varies here before the runs (under 1.5 s)")
    boolean noNoiseFloor;

    @Override
    public Integer call() throws IOException, InterruptedException {
        Plan plan = plan();
        threadlab.files.LabFolder.refuseUnsafe();
        Path runDir = RunFolders.create(out, runId, experiments, plan.label());
        PrintWriter console = spec.commandLine().getOut();
        Results results = new Results(
                Results.SCHEMA,
                runDir.getFileName().toString(),
                plan.label(),
                LocalDateTime.now().toString(),
                noNoiseFloor ? Host.environment() : Host.environment().withNoiseFloor(NoiseProbe.measure()),
                List.of());
        var progress = new ProgressDisplay(console);
        var runner = new ExperimentRunner(runDir, results, progress, console);
        if (plan.jdks() != null && plan.jdks().skippedLine() != null) {
            console.println(plan.jdks().skippedLine());
        }
        for (Plan.Part part : plan.parts()) {
            progress.narrated(part.narrated());
            if (plan.jdks() != null && part.childJvms()) {
                boolean first = true;
                for (Jdk on : plan.jdks().use()) {
                    console.printf("%n== %s on JDK %s (%s)%n", part.experiment(), on.version(), on.home());
                    // planned afresh for each JDK: new mode instances, warmed up (a pool started) on that JDK
                    List<Trial> trials = first
                            ? part.trials()
                            : Experiments.select(List.of(part.experiment()))
                                    .get(0)
                                    .plan(plan.profile(), Runtime.getRuntime().availableProcessors());
                    first = false;
                    try (ChildJava.Scope scope =
                            ChildJava.use(new ChildJava.Home(on.home(), on.version(), on.feature()))) {
                        runner.run(part.experiment(), trials, part.narrated(), repeat);
                    }
                }
                continue;
            }
            if (part.external() != null) {
                console.printf("%n== %s: outside this JVM%n", part.experiment());
                runner.add(part.external().runOutside(plan.profile(), runDir, console));
                continue;
            }
            if (!part.narrated()) {
                console.printf(
                        "%n== %s: %d run(s)%n",
                        part.experiment(),
                        part.trials().stream()
                                .mapToInt(t -> repeat != null ? repeat : t.repeats())
                                .sum());
            }
            runner.run(part.experiment(), part.trials(), part.narrated(), repeat);
        }
        List<RunResult> runs = runner.results().runs();
        console.println();
        ResultTable.print(console, runs);
        try {
            runner.flush();
        } catch (ResultsFile.ResultsBusyException e) {
            spec.commandLine().getErr().println("error: " + e.getMessage() + "; the last runs are missing from it");
            return LabCommand.RUN_FAILED;
        }
        console.printf("%nresults: %s%n", runDir.resolve(ResultsFile.NAME));
        long notHere = runs.stream().filter(r -> !r.measured()).count();
        if (notHere > 0) {
            console.printf(
                    "%d run(s) not measured here: this machine lacks what they need (not a failure; see 'notMeasured')%n",
                    notHere);
        }
        long failed = failedRuns(runs);
        if (failed > 0) {
            spec.commandLine()
                    .getErr()
                    .printf(
                            "%d of %d runs failed or gave a wrong checksum; see their 'error' in results.json%n",
                            failed, runs.size());
            return LabCommand.RUN_FAILED;
        }
        return LabCommand.OK;
    }

    /** Runs that failed or gave a wrong checksum; a run not measured here (the OS lacks what it needs) is not one. */
    static long failedRuns(List<RunResult> runs) {
        return runs.stream()
                .filter(r -> r.measured() && (r.error() != null || r.failed() > 0))
                .count();
    }

    /** Everything the user asked for, checked: ids resolved, specs parsed, counts in range. */
    private Plan plan() {
        if (repeat != null) {
            PoolFlags.requireRange("--repeat", repeat, 1, MAX_REPEAT);
        }
        if (workload == null) {
            if (experiments.isEmpty()) {
                throw new InvalidInputException(
                        "nothing to run: give experiment ids (see 'list') or --workload SPEC --modes ID,... --tasks N");
            }
            if (!modes.isEmpty()
                    || tasks != null
                    || concurrency != null
                    || chunk != null
                    || maxTasksPerChild != null
                    || taskTimeoutMs != null
                    || onCrash != null) {
                throw new InvalidInputException(
                        "--modes, --tasks, --concurrency and the process-pool options go with --workload, not with experiment ids");
            }
            Profile profile = quick ? Profile.QUICK : Profile.FULL;
            int cores = Runtime.getRuntime().availableProcessors();
            List<Plan.Part> parts = new ArrayList<>();
            for (Experiment e : Experiments.select(experiments)) {
                parts.add(new Plan.Part(
                        e.id(),
                        e.plan(profile, cores),
                        e.narrated(),
                        e instanceof ExternalExperiment external ? external : null,
                        e.runsInChildJvms()));
            }
            JdkChoice jdks = null;
            if (jdk != null) {
                if (parts.stream().noneMatch(Plan.Part::childJvms)) {
                    throw new InvalidInputException("--jdk goes with the lessons that run in child JVMs: "
                            + String.join(
                                    ", ",
                                    Experiments.all().stream()
                                            .filter(Experiment::runsInChildJvms)
                                            .map(Experiment::id)
                                            .toList()));
                }
                jdks = JdkChoice.parse(jdk, Jdks::discover);
            }
            return new Plan(
                    String.join(",", parts.stream().map(Plan.Part::experiment).toList()), profile, parts, jdks);
        }
        if (!experiments.isEmpty()) {
            throw new InvalidInputException("give either experiment ids or --workload, not both");
        }
        if (jdk != null) {
            throw new InvalidInputException("--jdk goes with experiment ids, not with --workload");
        }
        if (quick) {
            throw new InvalidInputException("--quick goes with experiment ids, not with --workload");
        }
        if (modes.isEmpty()) {
            throw new InvalidInputException("--workload needs --modes ID,... (see 'list')");
        }
        if (tasks == null) {
            throw new InvalidInputException("--workload needs --tasks N");
        }
        PoolFlags.requireRange("--tasks", tasks, 1, MAX_TASKS);
        if (concurrency != null) {
            PoolFlags.requireRange("--concurrency", concurrency, 1, Modes.MAX_BOUND);
        }
        WorkloadSpec parsed = Workloads.validate(workload);
        int bound = concurrency != null ? concurrency : Runtime.getRuntime().availableProcessors();
        PoolOptions settings = PoolFlags.settings(chunk, maxTasksPerChild, taskTimeoutMs, onCrash);
        List<Trial> trials = new ArrayList<>();
        for (String id : modes) {
            Mode mode = Modes.parse(id, bound, settings);
            trials.add(new Trial(parsed, mode, tasks, repeat != null ? repeat : 3));
        }
        return new Plan("custom", Profile.FULL, List.of(new Plan.Part("custom", trials, false, null, false)), null);
    }

    /**
     * What one invocation runs: experiments (or the custom sweep) in order; an external one runs
     * itself; with {@code jdks} (from {@code --jdk}), those that run in child JVMs run once per JDK.
     */
    private record Plan(String label, Profile profile, List<Part> parts, JdkChoice jdks) {
        private record Part(
                String experiment,
                List<Trial> trials,
                boolean narrated,
                ExternalExperiment external,
                boolean childJvms) {}
    }
}
