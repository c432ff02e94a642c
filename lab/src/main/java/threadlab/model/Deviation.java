package threadlab.model;

import java.util.Map;
import threadlab.result.Prediction;

/**
 * Why a run missed its prediction by more than the band (below 0.8 or above 1.15 of it), in
 * words, from what the run itself measured: GC and JIT time, the CPU other processes took beside the run,
 * the cores the run kept busy, the CPU it spent against the calibrated CPU. The first cause that
 * accounts for the gap is named; none is made up for a run inside the band.
 */
public final class Deviation {

    /** The band of efficiency (predicted / measured wall) a run is said to fit. */
    public static final double LOW = 0.8;

    public static final double HIGH = 1.15;

    /** A cause is named when it accounts for at least this share of the gap. */
    private static final double SHARE = 0.25;

    /**
     * The machine was busy beside a run when other processes used at least this share of its cores
     * while the run and they together kept at least {@link #BUSY} of them busy: then the run had
     * fewer cores than its bound assumed. Measured, not read from the load average, which lags by a
     * minute and counts this run's own threads.
     */
    private static final double OTHERS = 0.25;

    private static final double BUSY = 0.75;

    /**
     * The machine's busy time counts in 10 ms ticks per core (Linux): over a shorter run than this
     * a tick or two reads as cores' worth, so the others' share is not read there.
     */
    private static final double BUSY_READABLE_SECONDS = 0.1;

    /**
     * The process CPU clock's tick on Linux: a run's tasks calibrated at less CPU than this cost
     * too little to hold a run's CPU against (a few microseconds a task made "23,895x").
     */
    private static final double CPU_TICK_SECONDS = 0.01;

    /**
     * The cores a run kept busy are read from its CPU only where that CPU is this many ticks or
     * more: a 0.4 ms run whose CPU read one tick (10 ms) had "saturated the 2 cores".
     */
    private static final int READABLE_TICKS = 5;

    /** A run this short is within the timer and scheduling noise of a shared machine. */
    private static final double SHORT_SECONDS = 0.02;

    private Deviation() {}

    /**
     * What the run measured, beside its wall time.
     *
     * @param cpuSeconds the run's CPU (null where unmeasured)
     * @param otherCpuSeconds the CPU the rest of the machine spent during the run (null where unknown)
     */
    public record Observed(
            double wallSeconds,
            int tasks,
            int cores,
            Double cpuSeconds,
            Double gcSeconds,
            Double jitSeconds,
            Double otherCpuSeconds,
            Double p50Ms) {}

    /** Whether {@code efficiency} lies inside the band. */
    public static boolean within(double efficiency) {
        return efficiency >= LOW && efficiency <= HIGH;
    }

    /** The likely cause of the run's deviation from {@code p}, or null if it lies within the band. */
    public static String cause(Prediction p, Observed o) {
        if (p == null || o.wallSeconds() <= 0) {
            return null;
        }
        double efficiency = p.wallSeconds() / o.wallSeconds();
        if (within(efficiency)) {
            return null;
        }
        return efficiency < LOW ? below(p, o) : above(p, o);
    }

    private static String below(Prediction p, Observed o) {
        double gap = o.wallSeconds() - p.wallSeconds();
        double cpu = o.cpuSeconds() == null ? Double.NaN : o.cpuSeconds();
        double own = Double.isNaN(cpu) ? 0 : cpu / o.wallSeconds();
        double others = o.otherCpuSeconds() == null ? Double.NaN : o.otherCpuSeconds() / o.wallSeconds();
        if (o.gcSeconds() != null && o.gcSeconds() >= SHARE * gap) {
            return String.format("below: GC %.3f s of the %.3f s beyond the bound", o.gcSeconds(), gap);
        }
        if (!Double.isNaN(others)
                && o.wallSeconds() >= BUSY_READABLE_SECONDS
                && others >= OTHERS * o.cores()
                && own + others >= BUSY * o.cores()) {
            return String.format(
                    "below: machine busy (other processes used %.1f of the %d cores during the run, this run %.1f)",
                    others, o.cores(), own);
        }
        if (o.jitSeconds() != null && o.jitSeconds() >= SHARE * gap) {
            return String.format("below: JIT compiling %.3f s of the %.3f s beyond the bound", o.jitSeconds(), gap);
        }
        String spread = insideHandOffSpread("below", p, o);
        if (spread != null) {
            return spread;
        }
        double calibrated = calibratedCpu(p, o.tasks());
        if (!Double.isNaN(cpu) && calibrated >= CPU_TICK_SECONDS && cpu > 1.25 * calibrated) {
            return String.format(
                    "below: the run spent %.3f CPU-s, %.1fx the %.3f its tasks cost in the calibration"
                            + " (each task costs more CPU in this run: more threads to schedule, hand-offs, cache misses)",
                    cpu, cpu / calibrated, calibrated);
        }
        if (!Double.isNaN(cpu) && cpu >= READABLE_TICKS * CPU_TICK_SECONDS && own >= 0.85 * o.cores()) {
            return String.format(
                    "below: the %d cores were saturated (%.3f CPU-s in %.3f s): CPU binds, above the %s bound",
                    o.cores(), cpu, o.wallSeconds(), p.boundName());
        }
        if (o.wallSeconds() < SHORT_SECONDS) {
            return String.format(
                    "below: a %.1f ms run, where the mode's fixed cost of starting and collecting its tasks"
                            + " (%.1f ms beyond the bound) outweighs the work",
                    o.wallSeconds() * 1e3, gap * 1e3);
        }
        return String.format(
                "below: %.1f µs per task beyond the %s bound that no bound here accounts for"
                        + " (the mode's dispatch and wake-ups)",
                gap / Math.max(1, o.tasks()) * 1e6, p.boundName());
    }

    private static String above(Prediction p, Observed o) {
        String spread = insideHandOffSpread("above", p, o);
        if (spread != null) {
            return spread;
        }
        Map<String, Double> f = p.figures();
        Double taskMs = f == null ? null : f.get("taskMs");
        if (taskMs != null && o.p50Ms() != null && o.p50Ms() < 0.9 * taskMs) {
            return String.format(
                    "above: the %s bound overestimates: its tasks took p50 %.3f ms, the calibration %.3f ms",
                    p.boundName(), o.p50Ms(), taskMs);
        }
        double calibrated = calibratedCpu(p, o.tasks());
        if (o.cpuSeconds() != null && !Double.isNaN(calibrated) && o.cpuSeconds() < 0.85 * calibrated) {
            return String.format(
                    "above: the %s bound overestimates: the run spent %.3f CPU-s, the calibration %.3f"
                            + " (calibrated at a busier moment, or with a colder JIT)",
                    p.boundName(), o.cpuSeconds(), calibrated);
        }
        return String.format(
                "above: the %s bound overestimates (%s): the run beat it by %.1f ms, so a figure it was"
                        + " calibrated with was high for this run",
                p.boundName(), p.basis(), (p.wallSeconds() - o.wallSeconds()) * 1e3);
    }

    /**
     * For a run the contention bound binds: the cause where the run's time a task (its wall x the
     * tasks at once / tasks) lies between the fastest it could be and the calibration's slowest
     * contended round, so the hand-off's own spread on this machine accounts for the gap; null
     * otherwise. The fastest is the calibration's fastest round, or the serial-fraction bound's
     * time where that is less: two workers the OS placed on one core time-share it, and their
     * tasks take their serial time, with no cache line passing between cores.
     */
    private static String insideHandOffSpread(String side, Prediction p, Observed o) {
        Map<String, Double> f = p.figures();
        if (!"contention".equals(p.bound()) || f == null) {
            return null;
        }
        Double median = f.get("contendedTaskMs");
        Double fastest = f.get("contendedFastestMs");
        Double slowest = f.get("contendedSlowestMs");
        Double parallel = f.get("contendedParallel");
        if (median == null || fastest == null || slowest == null || parallel == null || o.tasks() <= 0) {
            return null;
        }
        double perTask = parallel / o.tasks();
        double runMs = o.wallSeconds() * 1e3 * perTask;
        Double serial = f.get("serial-fractionSeconds");
        double oneCoreMs = serial == null ? Double.NaN : serial * 1e3 * perTask;
        boolean serialFaster = oneCoreMs < fastest;
        double lowest = serialFaster ? oneCoreMs : fastest;
        if (runMs < lowest || runMs > slowest) {
            return null;
        }
        return String.format(
                "%s: inside the contended hand-off's own spread: %.2f ms a task with %.0f at once in this run,"
                        + " the calibration's rounds %.2f to %.2f ms (median %.2f)%s; what a cache line or a"
                        + " lock costs between two cores changes from one round to the next here",
                side,
                runMs,
                parallel,
                fastest,
                slowest,
                median,
                serialFaster
                        ? String.format(", and %.2f ms on one core, where two workers time-share it", oneCoreMs)
                        : "");
    }

    /**
     * The CPU the run's tasks cost in the calibration, with their threads' or JVMs' lives where the
     * CPU bound counted them, from the prediction's figures; NaN if not there.
     */
    private static double calibratedCpu(Prediction p, int tasks) {
        Map<String, Double> f = p.figures();
        if (f == null) {
            return Double.NaN;
        }
        Double ms = f.get("taskCpuMs");
        if (ms == null && "serial-fraction".equals(p.bound())) {
            ms = f.get("taskMs");
        }
        if (ms == null) {
            return Double.NaN;
        }
        Double lives = f.get("startLives");
        Double lifeUs = f.get("startCpuUs");
        return tasks * ms / 1e3 + (lives == null || lifeUs == null ? 0 : lives * lifeUs / 1e6);
    }
}
