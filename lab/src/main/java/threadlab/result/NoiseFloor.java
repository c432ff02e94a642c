package threadlab.result;

import java.util.List;

/**
 * How much the same small cell varied on this machine just before the runs, in every results
 * file's {@code environment.noiseFloor}: a short CPU cell (a fixed amount of hashing on one
 * thread) and a short sleep cell, each timed a few times. A quiet machine varies by a percent or
 * two; a busy one shows it here, before any lesson reads its numbers. Absent in run folders
 * written before the lab measured it, and where a run was asked not to ({@code --no-noise-floor}).
 *
 * @param cpu the CPU cell's times
 * @param sleep the sleep cell's times
 * @param loadAverage the one-minute load average when it was measured, or null where the OS does not say
 */
public record NoiseFloor(Cell cpu, Cell sleep, Double loadAverage) {

    /**
     * One cell's repeats.
     *
     * @param what what the cell does, e.g. {@code sleep 20 ms}
     * @param seconds each repeat's wall time, in the order they ran
     */
    public record Cell(String what, List<Double> seconds) {}
}
