package threadlab.lesson.cpuscaling;

import java.util.ArrayList;
import java.util.List;
import threadlab.experiment.Experiment;
import threadlab.experiment.Profile;
import threadlab.experiment.Sizes;
import threadlab.experiment.Trial;
import threadlab.mode.Modes;

/**
 * {@code cpu-scaling}: CPU-bound tasks on 1 to 2 x cores workers. Amdahl: with no serial part the
 * speedup over {@code sequential} grows with workers up to the core count and stops there; more
 * workers (or a thread per task, or virtual threads) only share the same cores. A pool of child
 * JVMs scales the same way once warm: processes are for isolation on the JVM, not for parallelism.
 */
public final class CpuScalingExperiment implements Experiment {

    @Override
    public String id() {
        return "cpu-scaling";
    }

    @Override
    public String summary() {
        return "CPU tasks on 1..2x cores workers (threads, ForkJoin, child JVMs): speedup vs sequential, capped by the cores";
    }

    @Override
    public List<Trial> plan(Profile profile, int cores) {
        boolean full = profile == Profile.FULL;
        String workload = "cpu:work=" + Sizes.cpuRoundsFor(full ? 50 : 10);
        // Workers pull tasks from a queue, so at the end one worker may still run its last task
        // while the others have none left: up to one task's time lost. With 32 tasks per core that
        // tail is about 3% of a run (a few percent of noise from the machine weighs the same).
        int tasks = (full ? 32 : 8) * cores;
        int repeats = full ? 5 : 3;
        List<Trial> trials = new ArrayList<>();
        trials.add(Trial.of(workload, Modes.parse("sequential"), tasks, repeats));
        for (int workers = 1; workers <= 2 * cores; workers++) {
            trials.add(Trial.of(workload, Modes.parse("platform-pool:" + workers), tasks, repeats));
            trials.add(Trial.of(workload, Modes.parse("forkjoin:" + workers), tasks, repeats));
            trials.add(Trial.of(workload, Modes.parse("process-pool:" + workers), tasks, repeats));
        }
        trials.add(Trial.of(workload, Modes.parse("virtual"), tasks, repeats));
        trials.add(Trial.of(workload, Modes.parse("platform-per-task"), tasks, repeats));
        return trials;
    }
}
