package threadlab.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One JMH result from {@code jmh.json}: the benchmark method, its mode ({@code thrpt},
 * {@code avgt}, {@code sample}, {@code ss}), its {@code @Param} values, the settings it ran with,
 * the primary score with its error (NaN when JMH could not give one, e.g. a single iteration),
 * and each fork's iteration scores.
 *
 * <p>Two judgements are made here, so that the report and the summary table agree:
 * <ul>
 *   <li>{@link #smoke()}: fewer than {@value #MIN_FORKS} forks, or iterations shorter than
 *       {@link #MIN_ITERATION}. One fork cannot show the run-to-run variance between JVMs, and a
 *       100 ms iteration of a benchmark that sleeps or starts threads is mostly warm-up: such a
 *       number says the benchmark runs, not what it costs. Smoke scores are never compared.</li>
 *   <li>{@link #flags()}: an error above half the score ({@link #noisy()}), or forks that
 *       disagree ({@link #forksDisagree()}): a mean over them describes no run.</li>
 * </ul>
 *
 * <p>{@code notMeasured}: the benchmark counted {@value #NOT_MEASURED} events (a JMH auxiliary
 * counter, a secondary metric in the file): the machine lacked what that variant needs, so its
 * primary score timed an empty call and is not a result.
 */
public record JmhScore(
        String benchmark,
        String mode,
        Map<String, String> params,
        Settings settings,
        double score,
        double error,
        String unit,
        List<List<Double>> forkValues,
        String jdk,
        String vm,
        boolean notMeasured) {

    public static final String FILE = "jmh.json";
    /** The auxiliary counter a benchmark raises where this machine cannot measure a variant. */
    public static final String NOT_MEASURED = "notMeasuredHere";

    public static final int MIN_FORKS = 2;
    public static final Duration MIN_ITERATION = Duration.ofSeconds(1);
    /** An error above this share of the score makes the score noise, not a measurement. */
    public static final double NOISY = 0.5;
    /** Forks whose iteration ranges do not meet and whose means differ by more than this factor disagree. */
    public static final double DISAGREE = 1.5;

    /**
     * What JMH was told to run.
     *
     * @param forks                 forked JVMs
     * @param warmupIterations      warm-up iterations per fork
     * @param warmupTime            time of each, or null if not given
     * @param measurementIterations measured iterations per fork
     * @param measurementTime       time of each, or null if not given
     */
    public record Settings(
            int forks, int warmupIterations, Duration warmupTime, int measurementIterations, Duration measurementTime) {

        /** {@code 5 forks x 3 x 1 s after 2 x 1 s warm-up}. */
        public String text() {
            return String.format(
                    "%d fork%s x %d x %s after %d x %s warm-up",
                    forks,
                    forks == 1 ? "" : "s",
                    measurementIterations,
                    time(measurementTime),
                    warmupIterations,
                    time(warmupTime));
        }

        private static String time(Duration d) {
            if (d == null) {
                return "?";
            }
            return d.toMillis() % 1000 == 0 && d.toMillis() > 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
        }
    }

    public JmhScore {
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
        forkValues = List.copyOf(forkValues);
    }

    /** @see JmhResults#read */
    static List<JmhScore> read(Path file) throws IOException {
        return JmhResults.read(file);
    }

    /** {@code Bench_03_CpuScaling.forkJoin} of {@code threadlab.bench.Bench_03_CpuScaling.forkJoin}. */
    public String shortName() {
        String[] parts = benchmark.split("\\.");
        return parts.length < 2 ? benchmark : parts[parts.length - 2] + "." + parts[parts.length - 1];
    }

    /** The benchmark class: everything before the method. */
    public String className() {
        int dot = benchmark.lastIndexOf('.');
        String cls = dot < 0 ? benchmark : benchmark.substring(0, dot);
        return cls.substring(cls.lastIndexOf('.') + 1);
    }

    /** The method's name. */
    public String method() {
        return benchmark.substring(benchmark.lastIndexOf('.') + 1);
    }

    /** {@code threads=4, size=100}, in JMH's order, or "" without params. */
    public String paramText() {
        return params.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(", "));
    }

    /** Whether a larger score is better: throughput yes; time per operation no. */
    public boolean higherIsBetter() {
        return mode.equals("thrpt");
    }

    /** Iterations measured, over every fork. */
    public int samples() {
        return forkValues.stream().mapToInt(List::size).sum();
    }

    /** Too few forks or too short iterations to be a result (see the class comment). */
    public boolean smoke() {
        Duration time = settings.measurementTime();
        return settings.forks() < MIN_FORKS || (time != null && time.compareTo(MIN_ITERATION) < 0);
    }

    /** The error is above half the score. */
    public boolean noisy() {
        return error > NOISY * Math.abs(score);
    }

    /**
     * Two forks disagree: the ranges of their iteration scores do not meet, and one's mean is more
     * than {@value #DISAGREE} times the other's (a looser bound flags the ordinary spread of five
     * forks on a busy machine). Then the forks measured different things (a JIT
     * decision, a placement of threads), and their mean is neither.
     */
    public boolean forksDisagree() {
        List<List<Double>> forks = forkValues.stream().filter(f -> !f.isEmpty()).toList();
        for (int a = 0; a < forks.size(); a++) {
            for (int b = 0; b < forks.size(); b++) {
                double minA = forks.get(a).stream()
                        .mapToDouble(Double::doubleValue)
                        .min()
                        .orElseThrow();
                double maxB = forks.get(b).stream()
                        .mapToDouble(Double::doubleValue)
                        .max()
                        .orElseThrow();
                if (minA > maxB && mean(forks.get(a)) > DISAGREE * mean(forks.get(b))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Why this score should not be read as one number: "error above half the score", "forks disagree"; empty if none. */
    public List<String> flags() {
        List<String> flags = new ArrayList<>();
        if (noisy()) {
            flags.add("error above half the score");
        }
        if (forksDisagree()) {
            flags.add("forks disagree");
        }
        return flags;
    }

    /** Each fork's iteration scores, three significant figures: {@code fork 1: 8.4, 9.1, 11; fork 2: 0.29, 0.51}. */
    public String forkText() {
        List<String> forks = new ArrayList<>();
        for (int f = 0; f < forkValues.size(); f++) {
            forks.add("fork " + (f + 1) + ": "
                    + forkValues.get(f).stream().map(JmhScore::figures).collect(Collectors.joining(", ")));
        }
        return String.join("; ", forks);
    }

    private static double mean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }

    private static String figures(double value) {
        if (!Double.isFinite(value) || value == 0) {
            return Double.isNaN(value) ? "NaN" : Double.toString(value);
        }
        return new java.math.BigDecimal(value)
                .round(new java.math.MathContext(3))
                .stripTrailingZeros()
                .toPlainString();
    }
}
