package threadlab.lesson.threadlocalfootprint;

import java.util.ArrayList;
import java.util.List;
import threadlab.experiment.Experiment;
import threadlab.experiment.Profile;
import threadlab.experiment.Trial;
import threadlab.measure.Meter;
import threadlab.mode.Modes;

/**
 * {@code threadlocal-footprint}: a 4 KB per-thread scratch buffer in a {@code ThreadLocal}, the
 * idiom of pooled threads, on a virtual thread per task at 1,000 to 100,000 tasks, against a pool
 * of 100 platform threads, and against the alternative, a buffer borrowed from one shared pool
 * only while it is used. Every task stays alive a while after using its buffer, so a virtual
 * thread per task keeps one buffer per live task. The heap per task is the run's peak growth of
 * the live heap (garbage collected before each sample) over its task count, measured in a child
 * JVM with a 2 GB heap of its own and no thread-local allocation buffers (with them, each
 * thread's fresh buffer, often hundreds of KB, counts as heap in use as soon as it is handed out). The shared-pool runs are the control: the same threads and
 * tasks without a buffer per thread, so the difference at the same task count is what the
 * {@code ThreadLocal} costs (the lab's own bookkeeping is in both). Pinned events are not counted
 * in this JVM: the JFR stream's buffers would show as heap (see {@link Meter#LIVE_HEAP_PROPERTY}).
 *
 * <p>Full profile, measured on 2 cores (AMD EPYC, Linux, JDK 25.0.3 Temurin, other builds running,
 * load average 6 to 9): per virtual task in flight, 6.71, 5.69 and 5.01 KB of live heap with the
 * ThreadLocal at 1,000, 10,000 and 100,000 tasks, against 1.15, 0.60 and 1.04 KB with the shared
 * pool; at 100,000 tasks (up to 45,236 in flight) 214 MB against 71 MB. The pool of 100 grew
 * 0.04 MB (ThreadLocal) and 0.42 MB (shared) over 1,000 tasks.
 */
public final class ThreadLocalFootprintExperiment implements Experiment {

    public static final String POOL = "platform-pool:100";

    @Override
    public String id() {
        return "threadlocal-footprint";
    }

    @Override
    public boolean runsInChildJvms() {
        return true;
    }

    @Override
    public String summary() {
        return "a 4 KB ThreadLocal cache per thread: heap per task at 1k..100k virtual threads vs a pool, and a shared pool of buffers instead";
    }

    @Override
    public List<Trial> plan(Profile profile, int cores) {
        boolean full = profile == Profile.FULL;
        List<String> flags = List.of("-Xmx2g", "-XX:-UseTLAB", "-D" + Meter.LIVE_HEAP_PROPERTY + "=true");
        String hold = full ? "1000" : "500";
        List<Trial> trials = new ArrayList<>();
        for (int tasks : full ? new int[] {1_000, 10_000, 100_000} : new int[] {1_000, 10_000}) {
            for (String cache : List.of("threadlocal", "shared")) {
                trials.add(Trial.of(spec(cache, hold), Modes.parse("virtual"), tasks, 2)
                        .inChildJvm(flags));
            }
        }
        for (String cache : List.of("threadlocal", "shared")) {
            trials.add(Trial.of(spec(cache, hold), Modes.parse(POOL), full ? 1_000 : 500, full ? 2 : 1)
                    .inChildJvm(flags));
        }
        return trials;
    }

    private static String spec(String cache, String holdMs) {
        return "threadlocal:cache=" + cache + ",kb=4,holdMs=" + holdMs;
    }
}
