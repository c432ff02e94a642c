package threadlab.report;

import threadlab.result.EnvironmentInfo;
import threadlab.result.NoiseFloor;

/**
 * The machine's noise floor in words, for the summary and the environment table: how much the
 * same CPU cell and the same sleep cell varied before the runs (max − min over the median).
 */
final class NoiseFloorText {

    /** Above this, the summary calls the machine busy: its cells varied by more than a lesson's differences often are. */
    static final double BUSY = 0.10;

    private NoiseFloorText() {}

    /** "Before the runs, the same CPU cell varied by 3.1% (5 runs, ...) and a sleep by 1.2% (...); load 1.20.", or "" if none. */
    static String sentence(EnvironmentInfo env) {
        NoiseFloor floor = env == null ? null : env.noiseFloor();
        if (floor == null || floor.cpu() == null || floor.sleep() == null) {
            return "";
        }
        Spread cpu = Spread.of(floor.cpu().seconds());
        Spread sleep = Spread.of(floor.sleep().seconds());
        boolean busy = cpu.relative() > BUSY || sleep.relative() > BUSY;
        return String.format(
                "Noise floor before the runs: the same CPU cell (%s) varied by %s (%s), the same sleep (%s) by %s (%s)%s;"
                        + " %s.",
                floor.cpu().what(),
                Formats.percent(cpu.relative()),
                cpu.describe(Formats::seconds) + " s",
                floor.sleep().what(),
                Formats.percent(sleep.relative()),
                sleep.describe(Formats::seconds) + " s",
                floor.loadAverage() == null ? "" : ", load average " + Formats.number(floor.loadAverage()),
                busy
                        ? "a busy machine: differences of that size between cells are noise here"
                        : "a quiet machine: cells that differ by more than that are worth reading");
    }

    /** "3.1% CPU, 1.2% sleep (5 runs each)" for the environment table, or null if none was measured. */
    static String cell(EnvironmentInfo env) {
        NoiseFloor floor = env.noiseFloor();
        if (floor == null || floor.cpu() == null || floor.sleep() == null) {
            return null;
        }
        Spread cpu = Spread.of(floor.cpu().seconds());
        Spread sleep = Spread.of(floor.sleep().seconds());
        return String.format(
                "CPU cell %s, sleep %s (max - min over median, %d runs each)",
                Formats.percent(cpu.relative()), Formats.percent(sleep.relative()), cpu.n());
    }
}
