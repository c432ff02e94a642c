package threadlab.model;

import java.util.Map;

/**
 * Starts that happen one after another: a mode that starts a thread per task (or a pool that
 * creates its workers on submit) starts them from one submitting thread, so the last task cannot
 * begin before all the starts are done, and then still takes its own time.
 */
public final class StartCostBound implements Bound {

    @Override
    public String name() {
        return "start-cost";
    }

    @Override
    public Estimate estimate(RunFacts f) {
        double start = f.starts().serialSeconds();
        int serial = f.starts().serial();
        if (serial <= 0 || Double.isNaN(start) || start <= 0) {
            return null;
        }
        double last = Double.isNaN(f.taskSeconds()) ? f.waitSeconds() : Math.max(f.waitSeconds(), f.taskSeconds());
        return new Estimate(
                name(),
                "start-cost",
                serial * start + last,
                String.format(
                        "%,d starts x %.1f µs one after another, then %.3f ms for the last task",
                        serial, start * 1e6, last * 1e3),
                Map.of("starts", (double) serial, "startUs", start * 1e6, "lastTaskMs", last * 1e3));
    }
}
