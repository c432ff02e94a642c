package threadlab.lesson.contention;

import java.util.ArrayList;
import java.util.List;
import threadlab.experiment.Experiment;
import threadlab.experiment.Profile;
import threadlab.experiment.Trial;
import threadlab.mode.Modes;

/**
 * {@code contention}: every task adds to one shared counter, under each lock kind, on one thread,
 * on a platform pool and on virtual threads. A lock or a single atomic serialises the increments
 * (Amdahl with a serial fraction of 1: more threads cannot help and usually hurt); a striped
 * {@code LongAdder} does not; no lock at all is fast and wrong, and the run counts the lost updates.
 */
public final class ContentionExperiment implements Experiment {

    @Override
    public String id() {
        return "contention";
    }

    @Override
    public String summary() {
        return "a shared counter under none|synchronized|reentrant|atomic|adder, platform vs virtual: lost updates and cost";
    }

    @Override
    public List<Trial> plan(Profile profile, int cores) {
        boolean full = profile == Profile.FULL;
        long increments = full ? 2_000_000 : 200_000;
        int tasks = 4 * cores;
        int repeats = full ? 5 : 2;
        List<Trial> trials = new ArrayList<>();
        for (String lock : List.of("none", "synchronized", "reentrant", "atomic", "adder")) {
            String workload = "counter:lock=" + lock + ",increments=" + increments;
            for (String mode : List.of("sequential", "platform-pool:" + cores, "virtual")) {
                trials.add(Trial.of(workload, Modes.parse(mode), tasks, repeats));
            }
        }
        return trials;
    }
}
