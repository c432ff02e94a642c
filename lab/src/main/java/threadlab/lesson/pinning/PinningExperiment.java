package threadlab.lesson.pinning;

import java.util.ArrayList;
import java.util.List;
import threadlab.experiment.Carriers;
import threadlab.experiment.Experiment;
import threadlab.experiment.Profile;
import threadlab.experiment.Trial;
import threadlab.mode.Modes;

/**
 * {@code pinning}: virtual threads that block inside {@code synchronized}, inside a
 * {@code ReentrantLock}, and inside a class initialiser, each in a child JVM with 1 and then 2
 * carrier threads; every run counts JFR {@code jdk.VirtualThreadPinned} events (threshold 0).
 * Where a virtual thread is pinned its sleep keeps the carrier, so the tasks go through
 * {@code carriers} at a time; where it is not, all of them sleep at once. JDK 21 pins in
 * {@code synchronized}; JDK 24+ (JEP 491) does not, while a class initialiser still pins.
 *
 * <p>Full profile, measured on 2 cores (AMD EPYC, Linux, JDK 25.0.3 Temurin, other builds running,
 * load average 4 to 6): 200 sleeps of 20 ms inside a class initialiser took 4.20 s on 1 carrier
 * (4.00 s if one at a time) and 2.44 s on 2 (2.00 s), 200 pinned events per run; inside
 * synchronized 0.061 s and 0.036 s, inside a ReentrantLock 0.031 s and 0.026 s, 0 pinned events.
 */
public final class PinningExperiment implements Experiment {

    @Override
    public String id() {
        return "pinning";
    }

    @Override
    public boolean runsInChildJvms() {
        return true;
    }

    @Override
    public String summary() {
        return "sleep inside synchronized vs ReentrantLock vs a class initialiser on 1 and 2 carriers: throughput and pinned events (JEP 491)";
    }

    @Override
    public List<Trial> plan(Profile profile, int cores) {
        boolean full = profile == Profile.FULL;
        int tasks = full ? 200 : 50;
        String ms = full ? "20" : "10";
        List<Trial> trials = new ArrayList<>();
        for (int carriers : new int[] {1, 2}) {
            for (String block : PinningWorkload.BLOCKS) {
                trials.add(Trial.of("pinning:block=" + block + ",ms=" + ms, Modes.parse("virtual"), tasks, full ? 3 : 2)
                        .inChildJvm(Carriers.flags(carriers)));
            }
        }
        return trials;
    }
}
