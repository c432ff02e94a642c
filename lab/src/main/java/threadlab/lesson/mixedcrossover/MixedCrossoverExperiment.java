package threadlab.lesson.mixedcrossover;

import java.util.ArrayList;
import java.util.List;
import threadlab.experiment.Experiment;
import threadlab.experiment.Profile;
import threadlab.experiment.Sizes;
import threadlab.experiment.Trial;
import threadlab.mode.Modes;

/**
 * {@code mixed-crossover}: tasks that compute, then wait, with the CPU share swept from none to
 * four times the wait. With no CPU, virtual threads keep every task in flight and win by the
 * in-flight ratio; as CPU grows the cores become the limit for every mode, and the advantage
 * shrinks to nothing. The crossover is where a pool of cores-many threads catches up.
 */
public final class MixedCrossoverExperiment implements Experiment {

    @Override
    public String id() {
        return "mixed-crossover";
    }

    @Override
    public String summary() {
        return "compute-then-wait tasks, CPU share swept 0..4x the wait: where virtual threads stop helping";
    }

    @Override
    public List<Trial> plan(Profile profile, int cores) {
        boolean full = profile == Profile.FULL;
        int ioMs = full ? 10 : 5;
        int tasks = full ? 400 : 100;
        int repeats = full ? 3 : 2;
        List<Trial> trials = new ArrayList<>();
        for (double cpuPerWait : List.of(0.0, 0.05, 0.25, 1.0, 4.0)) {
            String workload = "mixed:cpuWork=" + Sizes.cpuRoundsFor(cpuPerWait * ioMs) + ",ioMs=" + ioMs;
            for (String mode :
                    List.of("virtual", "platform-pool:" + cores, "platform-pool:" + 8 * cores, "forkjoin:" + cores)) {
                trials.add(Trial.of(workload, Modes.parse(mode), tasks, repeats));
            }
        }
        return trials;
    }
}
