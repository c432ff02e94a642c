package threadlab.measure;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import threadlab.result.NoiseFloor;

/**
 * Measures the machine's noise floor before the runs ({@link NoiseFloor}): the same short CPU cell
 * and the same short sleep cell, {@value #REPEATS} times each, on the calling thread. The CPU cell
 * is a fixed {@value #CPU_ROUNDS} rounds of dependent hashing, after one unmeasured round so that
 * the JIT has compiled it; the sleep cell is a {@value #SLEEP_MS} ms sleep. On 2 cores (AMD EPYC,
 * JDK 25.0.3) at a load average of 18 to 25 the whole probe took 0.5 to 1.2 s, one CPU cell 0.04 to
 * 0.27 s; a quiet machine takes less.
 */
public final class NoiseProbe {

    static final int REPEATS = 5;
    static final long CPU_ROUNDS = 10_000_000;
    static final long SLEEP_MS = 20;

    /** Where the hashing's result goes, so that the JIT cannot drop it. */
    private static volatile long sink;

    private NoiseProbe() {}

    public static NoiseFloor measure() throws InterruptedException {
        hash(CPU_ROUNDS);
        List<Double> cpu = new ArrayList<>();
        for (int i = 0; i < REPEATS; i++) {
            long start = System.nanoTime();
            hash(CPU_ROUNDS);
            cpu.add((System.nanoTime() - start) / 1e9);
        }
        List<Double> sleep = new ArrayList<>();
        for (int i = 0; i < REPEATS; i++) {
            long start = System.nanoTime();
            Thread.sleep(SLEEP_MS);
            sleep.add((System.nanoTime() - start) / 1e9);
        }
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return new NoiseFloor(
                new NoiseFloor.Cell(String.format("hash %,d rounds on one thread", CPU_ROUNDS), List.copyOf(cpu)),
                new NoiseFloor.Cell("sleep " + SLEEP_MS + " ms", List.copyOf(sleep)),
                load < 0 ? null : load);
    }

    private static void hash(long rounds) {
        long h = 0x9E3779B97F4A7C15L;
        for (long i = 0; i < rounds; i++) {
            h ^= h >>> 29;
            h *= 0xBF58476D1CE4E5B9L;
            h += i;
        }
        sink = h;
    }
}
