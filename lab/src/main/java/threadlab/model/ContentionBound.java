package threadlab.model;

import java.util.Map;

/**
 * Contention and coherence on one piece of shared state: calibrated by running
 * {@code contendedParallel} tasks on the same counter at once on this machine, so the cache line's
 * hand-off between cores (and a lock's queueing) is in the measured time, not assumed. With at
 * least that many tasks computing at once, the run takes tasks / contendedParallel of those
 * contended task times.
 */
public final class ContentionBound implements Bound {

    @Override
    public String name() {
        return "contention";
    }

    @Override
    public Estimate estimate(RunFacts f) {
        Contended c = f.contended();
        int k = c.parallel();
        if (!c.measured() || f.parallel() < k) {
            return null;
        }
        double contended = c.taskSeconds();
        return new Estimate(
                name(),
                "contended-hand-off",
                (double) f.tasks() * contended / k,
                String.format(
                        "%,d tasks x %.3f ms each while %d update the same state at once",
                        f.tasks(), contended * 1e3, k),
                Map.of(
                        "contendedTaskMs", contended * 1e3,
                        "contendedFastestMs", c.fastestSeconds() * 1e3,
                        "contendedSlowestMs", c.slowestSeconds() * 1e3,
                        "contendedParallel", (double) k));
    }
}
