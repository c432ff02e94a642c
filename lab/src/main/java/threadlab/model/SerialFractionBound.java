package threadlab.model;

import java.util.Map;

/**
 * Amdahl's serial part: the fraction s of every task that must run alone (a counter behind one
 * lock or one atomic: s = 1): tasks x t x (s + (1 - s) / min(cores, workers)).
 */
public final class SerialFractionBound implements Bound {

    @Override
    public String name() {
        return "serial-fraction";
    }

    @Override
    public Estimate estimate(RunFacts f) {
        double s = f.serialFraction();
        double t = f.taskSeconds();
        if (!(s > 0) || Double.isNaN(t) || t <= 0) {
            return null;
        }
        return new Estimate(
                name(),
                "amdahl",
                f.tasks() * t * (s + (1 - s) / f.parallel()),
                String.format(
                        "%,d tasks x %.3f ms single-thread, serial fraction %.0f%%, on %d core(s)",
                        f.tasks(), t * 1e3, s * 100, f.parallel()),
                Map.of("taskMs", t * 1e3, "serialFraction", s, "parallel", (double) f.parallel()));
    }
}
