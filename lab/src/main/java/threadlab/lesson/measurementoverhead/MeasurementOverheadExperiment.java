package threadlab.lesson.measurementoverhead;

import java.util.ArrayList;
import java.util.List;
import threadlab.experiment.Experiment;
import threadlab.experiment.Profile;
import threadlab.experiment.Sizes;
import threadlab.experiment.Trial;
import threadlab.mode.Mode;
import threadlab.mode.Modes;

/**
 * {@code measurement-overhead}: the observer effect. Does the lab's measuring disturb what it
 * measures? Two questions, side by side in one run, in rounds that alternate so that drift on a
 * shared machine hits every side alike:
 *
 * <ul>
 *   <li><b>Computing.</b> The same {@code cpu} tasks on the lab's {@code sequential},
 *       {@code platform-pool:2} and {@code forkjoin:2}, each timed by the meter, and on
 *       {@code unmetered:2}: a child JVM with no meter that times its own loop and its own plain
 *       {@code Executors.newFixedThreadPool(2)} with {@link System#nanoTime} only ({@link Unmetered},
 *       {@link UnmeteredKind}). The lab's speedup over its sequential run, against the plain pool's
 *       over its own loop, says what the meter costs a CPU-bound run.
 *   <li><b>Waiting.</b> One task that only sleeps, on the lab's {@code sequential}: its
 *       {@code cpuSeconds} (the work's) beside {@code labCpuSeconds} (the meter's own threads) and
 *       {@code jitSeconds}; and the same sleep in an unmetered JVM ({@code unmetered:1}), whose
 *       process CPU over the sleep is what any idle JVM costs.
 * </ul>
 *
 * <p>The quick profile (16 tasks of about 20 ms, 3 rounds; one sleep of 1 s on each side) costs
 * about 10 s, most of it the sleeps and the unmetered JVMs' starts; the full one (64 tasks of
 * about 50 ms, 5 rounds; 3 sleeps of 3 s on each side) about 90 s.
 *
 * <p>What we measured is in the README's "What one machine answered".
 */
public final class MeasurementOverheadExperiment implements Experiment {

    /** The workers both sides of the CPU comparison use. */
    static final int WORKERS = 2;

    @Override
    public String id() {
        return "measurement-overhead";
    }

    @Override
    public String summary() {
        return "the observer effect: the lab's 2-worker CPU speedup vs a plain fixed pool in a JVM with no meter, and its CPU while tasks only sleep";
    }

    @Override
    public List<Trial> plan(Profile profile, int cores) {
        boolean full = profile == Profile.FULL;
        String cpu = "cpu:work=" + Sizes.cpuRoundsFor(full ? 50 : 20);
        int tasks = (full ? 32 : 8) * WORKERS;
        List<Mode> computing = List.of(
                Modes.parse("sequential"),
                Modes.parse("platform-pool:" + WORKERS),
                Modes.parse("forkjoin:" + WORKERS),
                new Unmetered(WORKERS));
        List<Trial> trials = new ArrayList<>();
        for (int round = 0; round < (full ? 5 : 3); round++) {
            for (Mode mode : computing) {
                trials.add(Trial.of(cpu, mode, tasks, 1));
            }
        }
        String sleep = "sleep:ms=" + (full ? 3000 : 1000);
        List<Mode> waiting = List.of(Modes.parse("sequential"), new Unmetered(1));
        for (int round = 0; round < (full ? 3 : 1); round++) {
            for (Mode mode : waiting) {
                trials.add(Trial.of(sleep, mode, 1, 1));
            }
        }
        return trials;
    }

    @Override
    public Mode mode(String id) {
        if (id.startsWith(Unmetered.NAME + ":")) {
            return new Unmetered(Integer.parseInt(id.substring(Unmetered.NAME.length() + 1)));
        }
        return Modes.parse(id);
    }
}
