package threadlab.lesson.carrierstarvation;

import java.util.ArrayList;
import java.util.List;
import threadlab.experiment.Carriers;
import threadlab.experiment.Experiment;
import threadlab.experiment.Profile;
import threadlab.experiment.Trial;
import threadlab.mode.Modes;

/**
 * {@code carrier-starvation}: I/O tasks (a short sleep each) beside 0 to 4 CPU hogs that never
 * block, in a child JVM with 2 carrier threads: on virtual threads, and the same mix on a platform
 * thread per task. Virtual threads are not time-sliced, so once the hogs hold every carrier the
 * I/O tasks whose sleep has ended wait for them; the OS time-slices platform threads, so their
 * I/O tasks wake on time. The hogs are under 1% of the tasks, so the p99 is an I/O task's.
 *
 * <p>Full profile (1,000 tasks, sleeps of 50 ms, hogs of 300 ms), measured on 2 cores (AMD EPYC,
 * Linux, JDK 25.0.3 Temurin, other builds running, load average 4 to 6): the p99 on virtual threads
 * was 76, 58, 326, 331 and 630 ms with 0 to 4 hogs; on a platform thread per task 79, 56, 61, 94
 * and 154 ms.
 */
public final class CarrierStarvationExperiment implements Experiment {

    public static final int CARRIERS = 2;

    @Override
    public String id() {
        return "carrier-starvation";
    }

    @Override
    public boolean runsInChildJvms() {
        return true;
    }

    @Override
    public String summary() {
        return "I/O tasks beside 0..4 CPU hogs that never block, 2 carriers: I/O p99 on virtual vs platform threads";
    }

    @Override
    public List<Trial> plan(Profile profile, int cores) {
        boolean full = profile == Profile.FULL;
        int[] hogs = full ? new int[] {0, 1, 2, 3, 4} : new int[] {0, 2, 4};
        int tasks = full ? 1000 : 400;
        String timing = full ? ",hogMs=300,ioMs=50" : ",hogMs=200,ioMs=20";
        List<Trial> trials = new ArrayList<>();
        for (int h : hogs) {
            for (String mode : List.of("virtual", "platform-per-task")) {
                trials.add(Trial.of("starvation:hogs=" + h + timing, Modes.parse(mode), tasks, full ? 3 : 1)
                        .inChildJvm(Carriers.flags(CARRIERS)));
            }
        }
        return trials;
    }
}
