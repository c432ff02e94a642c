package threadlab.lesson.carrierdeadlock;

import java.util.ArrayList;
import java.util.List;
import threadlab.experiment.Carriers;
import threadlab.experiment.Experiment;
import threadlab.experiment.Profile;
import threadlab.experiment.Trial;
import threadlab.mode.Modes;

/**
 * {@code carrier-deadlock}: a virtual thread holds a {@code ReentrantLock} and sleeps; as many
 * virtual threads as there are carriers (2, in a child JVM) wait for the lock from inside a
 * pinning frame: {@code synchronized}, or a class initialiser. Pinned, they hold every carrier and
 * the owner can never run again to unlock: a deadlock, which the lab bounds by waiting with
 * {@code tryLock(timeout)} and reports as {@code stalled}, with a thread-dump excerpt taken during
 * the stall. JDK 21 stalls with {@code synchronized}; JDK 24+ (JEP 491) completes it, and still
 * stalls with the class initialiser. The run ends within the timeout on every JDK.
 *
 * <p>Full profile, measured on 2 cores (AMD EPYC, Linux, JDK 25.0.3 Temurin, other builds running):
 * with synchronized, 3 of 3 runs completed (median 0.104 s for a lock held 100 ms); with class
 * initialisers, 3 of 3 stalled until the 5 s timeout (5.003 s), 3 pinned events each.
 */
public final class CarrierDeadlockExperiment implements Experiment {

    static final int CARRIERS = 2;

    @Override
    public String id() {
        return "carrier-deadlock";
    }

    @Override
    public boolean runsInChildJvms() {
        return true;
    }

    @Override
    public String summary() {
        return "every carrier pinned by a thread waiting for a lock whose owner needs a carrier: stalled or completed, bounded by a timeout";
    }

    @Override
    public List<Trial> plan(Profile profile, int cores) {
        boolean full = profile == Profile.FULL;
        String timing = full ? ",holdMs=100,waitMs=5000" : ",holdMs=100,waitMs=1500";
        List<Trial> trials = new ArrayList<>();
        for (String pin : List.of("synchronized", "class-init")) {
            trials.add(
                    Trial.of("carrier-deadlock:pin=" + pin + timing, Modes.parse("virtual"), CARRIERS + 1, full ? 3 : 1)
                            .inChildJvm(Carriers.flags(CARRIERS)));
        }
        return trials;
    }
}
