package threadlab.lesson.startupcost;

import java.util.ArrayList;
import java.util.List;
import threadlab.experiment.Experiment;
import threadlab.experiment.Profile;
import threadlab.experiment.Trial;
import threadlab.mode.Mode;

/**
 * {@code startup-cost}: what it costs to start one unit of execution, run a no-op task in it and
 * join it, one after another: a platform thread (an OS thread: tens of microseconds), a virtual
 * thread (a heap object: about a microsecond), a ForkJoinPool task, and a child JVM (tens of
 * milliseconds) with and without the startup cache, beside a bare {@code java -cp ... Hello}. The
 * task latency is the cost of one; the throughput, how many a second.
 */
public final class StartupCostExperiment implements Experiment {

    @Override
    public String id() {
        return "startup-cost";
    }

    @Override
    public boolean runsInChildJvms() {
        return true;
    }

    @Override
    public String summary() {
        return "start, run and join one no-op task: platform thread, virtual thread, ForkJoin task, child JVM, bare java";
    }

    @Override
    public List<Trial> plan(Profile profile, int cores) {
        boolean full = profile == Profile.FULL;
        List<Trial> trials = new ArrayList<>();
        for (Mode mode : StartEach.all()) {
            boolean jvm = mode.id().contains("jvm") || mode.id().contains("java");
            int tasks = jvm ? (full ? 20 : 4) : (full ? 20_000 : 2_000);
            trials.add(Trial.of("sleep:ms=0", mode, tasks, full ? 3 : 2));
        }
        return trials;
    }
}
