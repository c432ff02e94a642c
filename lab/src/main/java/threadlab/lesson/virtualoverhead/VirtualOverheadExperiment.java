package threadlab.lesson.virtualoverhead;

import java.util.ArrayList;
import java.util.List;
import threadlab.experiment.Experiment;
import threadlab.experiment.Profile;
import threadlab.experiment.Trial;
import threadlab.mode.Mode;
import threadlab.mode.Modes;

/**
 * {@code virtual-overhead}: what the lab's measuring costs. The {@code virtual} mode (every task
 * timed, counted in flight, checksummed) against a bare {@code newVirtualThreadPerTaskExecutor()}
 * loop on the same sleeps, alternating so that drift on a shared machine hits both alike. Little's
 * law predicts one wait for the whole run; a ratio near 1 says the lab measures without getting in
 * the way. The full profile adds a million sleeping tasks.
 */
public final class VirtualOverheadExperiment implements Experiment {

    @Override
    public String id() {
        return "virtual-overhead";
    }

    @Override
    public String summary() {
        return "the lab's virtual mode vs a bare newVirtualThreadPerTaskExecutor loop: 10,000 (and 1,000,000) sleeps";
    }

    @Override
    public List<Trial> plan(Profile profile, int cores) {
        boolean full = profile == Profile.FULL;
        List<Trial> trials = new ArrayList<>();
        alternate(trials, full ? "sleep:ms=1000" : "sleep:ms=100", 10_000, full ? 5 : 3);
        if (full) {
            alternate(trials, "sleep:ms=1000", 1_000_000, 3);
        }
        return trials;
    }

    private static void alternate(List<Trial> trials, String workload, int tasks, int rounds) {
        Mode bare = new BareVirtualLoop();
        Mode virtual = Modes.parse("virtual");
        for (int i = 0; i < rounds; i++) {
            trials.add(Trial.of(workload, bare, tasks, 1));
            trials.add(Trial.of(workload, virtual, tasks, 1));
        }
    }
}
