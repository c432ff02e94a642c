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
import threadlab.child.ChildKind;
import threadlab.files.LabFolder;
import threadlab.files.StampedFolder;
import threadlab.measure.Host;
import threadlab.result.Results;
import threadlab.result.ResultsFile;
import threadlab.result.RunResult;
import threadlab.workload.WorkloadSpec;

/**
 * {@code trials}, the child JVM's side of {@link ChildTrials}: rebuilds the trials from its
 * arguments, runs them with an {@link ExperimentRunner} of its own (warm-up, measurement, JFR
 * pinned events: all in this JVM, under its flags), and writes each run's result as one line of
 * JSON on stdout as it ends, with the carrier count this JVM's virtual threads had. Anything else
 * goes to stderr. It finishes its trials and exits on its own (its stdin is not watched); the
 * parent watch ends it if its parent dies.
 *
 * <p>Arguments: {@code EXPERIMENT_ID} then, per trial, {@code WORKLOAD MODE TASKS REPEATS}.
 * Exit code 0 when every trial ran (a failed task is data in its result), 2 for bad arguments,
 * 1 if the runner itself failed.
 */
public final class ChildTrialKind implements ChildKind {

    static final String NAME = "trials";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean exitsWhenStdinCloses(List<String> args) {
        return false;
    }

    @Override
    public int run(long parentPid, List<String> args) throws IOException, InterruptedException {
        if (args.isEmpty() || (args.size() - 1) % 4 != 0) {
            throw new IllegalArgumentException("usage: EXPERIMENT_ID [WORKLOAD MODE TASKS REPEATS]...");
        }
        PrintStream protocol = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        run(args, protocol);
        protocol.flush();
        return 0;
    }

    private static void run(List<String> args, PrintStream protocol) throws IOException, InterruptedException {
        String id = args.get(0);
        Experiment experiment = Experiments.select(List.of(id)).get(0);
        List<Trial> trials = new ArrayList<>();
        for (int i = 1; i < args.size(); i += 4) {
            trials.add(new Trial(
                    WorkloadSpec.parse(args.get(i)),
                    experiment.mode(args.get(i + 1)),
                    Integer.parseInt(args.get(i + 2)),
                    Integer.parseInt(args.get(i + 3))));
        }
        int carriers = Host.carrierParallelism();
        try (StampedFolder scratch = StampedFolder.create(LabFolder.IPC, "child")) {
            ExperimentRunner.Listener listener = new ExperimentRunner.Listener() {
                @Override
                public void runRecorded(RunResult result) {
                    try {
                        protocol.println(ResultsFile.json()
                                .writer()
                                .without(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT)
                                .writeValueAsString(result.withCarriers(carriers)));
                    } catch (JsonProcessingException e) {
                        throw new IllegalStateException("cannot write a result as JSON", e);
                    }
                }
            };
            Results none = new Results(
                    Results.SCHEMA, "child-" + ProcessHandle.current().pid(), id, null, null, List.of());
            new ExperimentRunner(scratch.dir(), none, listener, new PrintWriter(System.err, true))
                    .run(id, trials, false, null);
        }
    }
}
