package threadlab.model;

import java.util.Map;

/**
 * Starts that happen one after another: a mode that starts a thread per task (or a pool that
 * creates its workers on submit) starts them from one submitting thread, so the last task cannot
 * begin before all the starts are done, and then still takes its own time.
 *
 * <p>A pool with fewer workers than tasks comes online one worker at a time: the i-th starts after
 * i starts, then takes task after task from the queue. Its tasks end at the earliest when the lanes
 * so staggered have room for all of them, and not before the last worker's first task, which is
 * its own (a pool that makes a worker on submit hands it the task submitted). 1,000 sleeps of 100 ms on a pool of 500 take two sleeps
 * after the last start, not after the first: on 2 cores (Intel Xeon VM, JDK 25) such runs took
 * 0.25-0.27 s, against one round's 0.2 s of Little's law, and 500 starts of about 105 µs in a row
 * account for the rest.
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
        boolean lanes = serial < f.tasks() && serial == f.workers() && last > 0;
        if (lanes) {
            return new Estimate(
                    name(),
                    "start-cost",
                    Math.max(serial * start + last, staggeredLanes(f.tasks(), serial, start, last)),
                    String.format(
                            "%,d workers started %.1f µs apart, one after another, each taking the next of"
                                    + " %,d tasks of %.3f ms as it comes free",
                            serial, start * 1e6, f.tasks(), last * 1e3),
                    Map.of(
                            "starts",
                            (double) serial,
                            "startUs",
                            start * 1e6,
                            "lastTaskMs",
                            last * 1e3,
                            "workers",
                            (double) serial));
        }
        return new Estimate(
                name(),
                "start-cost",
                serial * start + last,
                String.format(
                        "%,d starts x %.1f µs one after another, then %.3f ms for the last task",
                        serial, start * 1e6, last * 1e3),
                Map.of("starts", (double) serial, "startUs", start * 1e6, "lastTaskMs", last * 1e3));
    }

    /**
     * When the last of {@code tasks} tasks of {@code task} seconds ends on {@code workers} lanes,
     * the i-th of which (from 1) comes online at {@code i × start} and runs tasks back to back:
     * the least time by which the lanes together have finished {@code tasks}, found by halving.
     */
    static double staggeredLanes(int tasks, int workers, double start, double task) {
        double low = start + task;
        double high = workers * start + Math.ceil((double) tasks / workers) * task;
        for (int i = 0; i < 100 && high - low > 1e-12 * high; i++) {
            double mid = (low + high) / 2;
            if (finishedBy(mid, workers, start, task) >= tasks) {
                high = mid;
            } else {
                low = mid;
            }
        }
        return high;
    }

    /** Tasks the staggered lanes have finished by {@code time}. */
    private static long finishedBy(double time, int workers, double start, double task) {
        long done = 0;
        for (int i = 1; i <= workers; i++) {
            double open = time - i * start;
            if (open < task) {
                break;
            }
            done += (long) Math.floor(open / task + 1e-9);
        }
        return done;
    }
}
