package threadlab.experiment;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import threadlab.child.ChildJvm;
import threadlab.child.ChildRun;
import threadlab.files.LabFolder;
import threadlab.result.ResultsFile;
import threadlab.result.RunResult;
import threadlab.workload.Workloads;

/**
 * Runs trials that need JVM flags of their own in one child JVM started with those flags (see
 * {@link ChildTrialKind}): the trials go down as arguments, the results come back as JSON lines,
 * one per run as it ends. Every wait is bounded: a run that has not answered within
 * {@value #RUN_TIMEOUT_SECONDS} s of the one before has its child killed. Runs the child did not
 * deliver (it crashed, hung, or wrote something that is not a result) are recorded as failed
 * runs saying why, so a broken child is data, never a hang or a crash of the parent.
 */
final class ChildTrials {

    static final long RUN_TIMEOUT_SECONDS = 300;

    /** Told about each run as the child starts and ends it. */
    interface Sink {
        void starting(Trial trial, int repeat);

        void ended(RunResult result) throws IOException;
    }

    private ChildTrials() {}

    /**
     * Runs {@code trials}, which share their JVM flags, in one child JVM, each {@code repeats}
     * times (or {@code repeatOverride} if not null).
     *
     * @throws IOException if the sink cannot record a result
     * @throws InterruptedException if interrupted while waiting (the child is killed)
     */
    static void run(String experiment, List<Trial> trials, Integer repeatOverride, Sink sink)
            throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of(experiment));
        List<Trial> expected = new ArrayList<>();
        List<Integer> repeatOf = new ArrayList<>();
        for (Trial t : trials) {
            int repeats = repeatOverride != null ? repeatOverride : t.repeats();
            args.addAll(List.of(
                    t.workload().toString(), t.mode().id(), Integer.toString(t.tasks()), Integer.toString(repeats)));
            for (int r = 0; r < repeats; r++) {
                expected.add(t);
                repeatOf.add(r);
            }
        }
        // the child keeps its scratch files where this JVM would, in the IPC folder it already checked
        ChildJvm jvm = ChildJvm.withoutCache()
                .plus(trials.get(0).jvmFlags())
                .plus(List.of("-D" + LabFolder.IPC.property() + "=" + LabFolder.IPC.path()));
        int received = 0;
        String failure = null;
        ChildRun child = null;
        try {
            child = ChildRun.start(jvm, ChildTrialKind.NAME, args);
            while (received < expected.size()) {
                sink.starting(expected.get(received), repeatOf.get(received));
                String line = nextResultLine(child);
                if (line == null) {
                    failure = "the child JVM ended before this run (" + child.ending() + ")";
                    break;
                }
                sink.ended(ResultsFile.json().readValue(line, RunResult.class));
                received++;
            }
        } catch (TimeoutException e) {
            child.kill();
            failure = "no result from the child JVM within " + RUN_TIMEOUT_SECONDS + " s: killed (" + child.ending()
                    + ")";
        } catch (JsonProcessingException e) {
            child.kill();
            failure = "the child JVM wrote something that is not a result: " + e.getOriginalMessage();
        } catch (IOException e) {
            if (child != null) {
                throw e;
            }
            failure = "cannot start a child JVM: " + e.getMessage();
        } finally {
            if (child != null) {
                child.close();
            }
        }
        for (int i = received; i < expected.size(); i++) {
            sink.ended(notRun(experiment, expected.get(i), repeatOf.get(i), failure));
        }
    }

    /**
     * The child's next result line, or null once its stdout has ended. A result is a JSON object on
     * one line; any other line is the JVM's own, written to stdout before the child's main began (a
     * JFR recording started through {@code JAVA_TOOL_OPTIONS} announces itself there), and is
     * passed on to stderr.
     */
    private static String nextResultLine(ChildRun child) throws TimeoutException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(RUN_TIMEOUT_SECONDS);
        while (true) {
            String line = child.nextLine(deadline);
            if (line == null || line.startsWith("{")) {
                return line;
            }
            System.err.println("child JVM " + child.pid() + ": " + line);
        }
    }

    /** A run the child did not deliver: nothing measured, every task failed, and why. */
    private static RunResult notRun(String experiment, Trial t, int repeat, String why) {
        return RunResult.builder(
                        experiment,
                        t.workload().toString(),
                        Workloads.type(t.workload().name()).nature(),
                        t.mode().id(),
                        t.tasks(),
                        t.mode().concurrency(t.tasks()),
                        repeat)
                .failed(t.tasks())
                .error(why)
                .build();
    }
}
