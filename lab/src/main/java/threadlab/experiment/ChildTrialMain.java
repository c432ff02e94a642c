package threadlab.experiment;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import threadlab.files.LabFolder;
import threadlab.files.StampedFolder;
import threadlab.measure.Host;
import threadlab.process.ParentWatchdog;
import threadlab.result.Results;
import threadlab.result.ResultsFile;
import threadlab.result.RunResult;
import threadlab.workload.WorkloadSpec;

/**
 * The child JVM's side of {@link ChildTrials}: rebuilds the trials from its arguments, runs them
 * with an {@link ExperimentRunner} of its own (warm-up, measurement, JFR pinned events: all in
 * this JVM, under its flags), and writes each run's result as one line of JSON on stdout as it
 * ends, with the carrier count this JVM's virtual threads had. Anything else goes to stderr.
 *
 * <p>Arguments: {@code PARENT_PID EXPERIMENT_ID} then, per trial, {@code WORKLOAD MODE TASKS REPEATS}.
 * Exit code 0 when every trial ran (a failed task is data in its result), 2 for bad arguments,
 * 1 if the runner itself failed.
 */
public final class ChildTrialMain {

    static final long WATCHDOG_MILLIS = 200;

    private ChildTrialMain() {}

    public static void main(String[] args) {
        PrintStream protocol = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        System.setOut(System.err);
        if (args.length < 2 || (args.length - 2) % 4 != 0) {
            System.err.println("usage: PARENT_PID EXPERIMENT_ID [WORKLOAD MODE TASKS REPEATS]...");
            System.exit(2);
        }
        ParentWatchdog.start(Long.parseLong(args[0]), WATCHDOG_MILLIS);
        int status = 0;
        try {
            run(args, protocol);
        } catch (Exception e) {
            System.err.println("child trials failed: " + e);
            status = 1;
        }
        protocol.flush();
        System.exit(status);
    }

    private static void run(String[] args, PrintStream protocol) throws IOException, InterruptedException {
        String id = args[1];
        Experiment experiment = Experiments.select(List.of(id)).get(0);
        List<Trial> trials = new ArrayList<>();
        for (int i = 2; i < args.length; i += 4) {
            trials.add(new Trial(WorkloadSpec.parse(args[i]), experiment.mode(args[i + 1]),
                    Integer.parseInt(args[i + 2]), Integer.parseInt(args[i + 3])));
        }
        int carriers = Host.carrierParallelism();
        try (StampedFolder scratch = StampedFolder.create(LabFolder.IPC, "child")) {
            ExperimentRunner.Listener listener = new ExperimentRunner.Listener() {
                @Override
                public void runEnded(RunResult result) {
                    try {
                        protocol.println(ResultsFile.json().writer().without(
                                com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT)
                                .writeValueAsString(result.withCarriers(carriers)));
                    } catch (JsonProcessingException e) {
                        throw new IllegalStateException("cannot write a result as JSON", e);
                    }
                }
            };
            Results none = new Results(Results.SCHEMA, "child-" + ProcessHandle.current().pid(), id, null, null, List.of());
            new ExperimentRunner(scratch.dir(), none, listener, new PrintWriter(System.err, true)).run(id, trials, false, null);
        }
    }
}
