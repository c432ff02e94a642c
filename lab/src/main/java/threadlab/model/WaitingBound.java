package threadlab.model;

import java.util.Map;

/**
 * Little's law (L = λW): with {@code in flight} tasks at once, each taking at least its wait (its
 * single-threaded time where that was measured), the run takes ⌈tasks / in flight⌉ rounds of it.
 */
public final class WaitingBound implements Bound {

    @Override
    public String name() {
        return "waiting";
    }

    @Override
    public Estimate estimate(RunFacts f) {
        double perTask = Double.isNaN(f.taskSeconds()) ? f.waitSeconds() : Math.max(f.waitSeconds(), f.taskSeconds());
        if (!(f.waitSeconds() > 0) || !(perTask > 0)) {
            return null;
        }
        return new Estimate(
                name(),
                "littles-law",
                f.rounds() * perTask,
                String.format(
                        "%d round(s) of %,d in flight x %.3f ms per task", f.rounds(), f.inFlight(), perTask * 1e3),
                Map.of("rounds", (double) f.rounds(), "inFlight", (double) f.inFlight(), "taskMs", perTask * 1e3));
    }
}
