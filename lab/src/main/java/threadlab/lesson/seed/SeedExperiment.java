package threadlab.lesson.seed;

import java.util.ArrayList;
import java.util.List;
import threadlab.experiment.Experiment;
import threadlab.experiment.Profile;
import threadlab.experiment.Sizes;
import threadlab.experiment.Trial;
import threadlab.mode.Mode;
import threadlab.mode.Modes;

/**
 * {@code seed}: the classic demo the lab grew from. Three tasks sleep 3 s each on three workers,
 * in every mode: all finish in about 3 s except {@code sequential} (about 9 s), exactly as
 * Python's thread and process pools do. Then the same three tasks as CPU work, where Python's
 * threads are held back by the GIL and Java's are not: they run on every core. In {@code async:3}
 * the three tasks are submitted with a completion callback, and the callback prints each sum.
 */
public final class SeedExperiment implements Experiment {

    static final int TASKS = 3;

    @Override
    public String id() {
        return "seed";
    }

    @Override
    public String summary() {
        return "the classic demo: 3 tasks sleep 3 s on 3 workers in every mode (sequential ~9 s); then as CPU work";
    }

    @Override
    public boolean narrated() {
        return true;
    }

    @Override
    public List<Trial> plan(Profile profile, int cores) {
        boolean full = profile == Profile.FULL;
        String sleep = "sleep:ms=" + (full ? 3000 : 300);
        String cpu = "cpu:work=" + (full ? Sizes.CPU_ROUNDS_PER_SECOND : Sizes.CPU_ROUNDS_PER_SECOND / 10);
        int repeats = full ? 3 : 1;
        List<Trial> trials = new ArrayList<>();
        for (String workload : List.of(sleep, cpu)) {
            for (Mode mode : everyMode(TASKS)) {
                trials.add(Trial.of(workload, mode, TASKS, repeats));
            }
        }
        return trials;
    }

    /** Every mode in the catalog, bounded ones (optionally bounded too) with {@code workers} workers. */
    static List<Mode> everyMode(int workers) {
        return Modes.types().stream()
                .map(t -> Modes.parse(t.bounded() ? t.name() + ":" + workers : t.name()))
                .toList();
    }
}
