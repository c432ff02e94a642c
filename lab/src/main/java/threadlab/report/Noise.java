package threadlab.report;

import threadlab.result.EnvironmentInfo;
import threadlab.result.NoiseFloor;

/**
 * How much a cell varies on this machine beyond what its own repeats show: the larger of the
 * noise floor's two relative spreads (max − min over the median of the same CPU cell, and of the
 * same sleep, timed before the runs). Every cell's interval for its median is at least its
 * median ± that share ({@link Spread#widened}), so a single run has an interval too, and two
 * cells, or one cell in two run folders, differ only by more than the machine's own noise.
 *
 * <p>Why a floor and not the repeats alone: the repeats of a cell share one JVM, and a JVM's lock
 * inflation, JIT decisions and thread starts can differ from the next JVM's by more than its
 * repeats differ from each other (the run-to-run variance JMH meets with forks). Two quick runs
 * of all lessons from one build (2 cores, AMD EPYC VM, JDK 25.0.3, 2026-12-02) showed it: a
 * {@code synchronized} counter on a pool of 2 varied by 2% over its repeats and by 3.16x between
 * the two runs. A folder written before the floor was measured, or with
 * {@code --no-noise-floor}, has none ({@link #NONE}): its cells speak by their repeats alone.
 */
public record Noise(double relative) {

    public static final Noise NONE = new Noise(0);

    public Noise {
        if (!(relative >= 0) || Double.isInfinite(relative)) {
            relative = 0;
        }
    }

    /** The noise of the machine that wrote {@code env}, {@link #NONE} where it measured no floor. */
    public static Noise of(EnvironmentInfo env) {
        NoiseFloor floor = env == null ? null : env.noiseFloor();
        if (floor == null || floor.cpu() == null || floor.sleep() == null) {
            return NONE;
        }
        double cpu = Spread.of(floor.cpu().seconds()).relative();
        double sleep = Spread.of(floor.sleep().seconds()).relative();
        double larger = Math.max(Double.isNaN(cpu) ? 0 : cpu, Double.isNaN(sleep) ? 0 : sleep);
        return new Noise(larger);
    }

    /** Whether a floor was measured. */
    public boolean measured() {
        return relative > 0;
    }
}
