package threadlab.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import threadlab.result.Prediction;
import threadlab.result.RunResult;
import threadlab.workload.Nature;
import threadlab.workload.WorkloadSpec;

/**
 * Every repeat of one workload's tasks in one mode, summarised: the medians the report shows, the
 * spread of the wall time, and whatever went wrong. Values a run did not measure are NaN or null.
 * The spreads of wall time, throughput and efficiency are at least the machine's {@code noise}
 * ({@link Noise}), measured in the folder the runs came from.
 */
public record ModeCell(
        String experiment, String workload, Nature nature, int tasks, String mode, List<RunResult> runs, Noise noise) {

    public ModeCell {
        noise = noise == null ? Noise.NONE : noise;
    }

    /** A cell from a folder with no noise floor: its spreads are its repeats' alone. */
    public ModeCell(String experiment, String workload, Nature nature, int tasks, String mode, List<RunResult> runs) {
        this(experiment, workload, nature, tasks, mode, runs, Noise.NONE);
    }

    /** Groups runs by experiment, workload, task count, mode and carrier count, in the order they first appear. */
    static List<ModeCell> group(List<RunResult> runs) {
        return group(runs, Noise.NONE);
    }

    /** As {@link #group(List)}, for runs from a folder whose machine measured {@code noise}. */
    static List<ModeCell> group(List<RunResult> runs, Noise noise) {
        Map<String, List<RunResult>> cells = new LinkedHashMap<>();
        for (RunResult r : runs) {
            cells.computeIfAbsent(
                            key(r.experiment(), r.workload(), r.tasks(), r.mode(), r.carriers()),
                            k -> new ArrayList<>())
                    .add(r);
        }
        return cells.values().stream()
                .map(rs -> {
                    RunResult first = rs.get(0);
                    return new ModeCell(
                            first.experiment(),
                            first.workload(),
                            first.nature(),
                            first.tasks(),
                            first.mode(),
                            List.copyOf(rs),
                            noise);
                })
                .toList();
    }

    /** What makes runs one cell: experiment, workload, task count, mode and carrier count. */
    static String key(String experiment, String workload, int tasks, String mode, Integer carriers) {
        return experiment + "\u0000" + workload + "\u0000" + tasks + "\u0000" + mode + "\u0000" + carriers;
    }

    /** This cell's {@link #key}, under {@code experiment} (the folder's, for runs that name none). */
    String key(String experiment) {
        return key(experiment, workload, tasks, mode, carriers());
    }

    public double wall() {
        return median(RunResult::wallSeconds);
    }

    public double wallMin() {
        return Stats.min(values(RunResult::wallSeconds));
    }

    public double wallMax() {
        return Stats.max(values(RunResult::wallSeconds));
    }

    /** The wall time's spread over the repeats, at least the machine's noise. */
    public Spread wallSpread() {
        return spread(RunResult::wallSeconds).widened(noise.relative());
    }

    /** The throughput's spread over the repeats, at least the machine's noise. */
    public Spread throughputSpread() {
        return spread(RunResult::throughputPerSecond).widened(noise.relative());
    }

    /** The efficiency's spread over the repeats (predicted over measured wall), at least the machine's noise. */
    public Spread efficiencySpread() {
        return spread(RunResult::efficiency).widened(noise.relative());
    }

    /** Any value's spread over the repeats; runs that lack it are left out. */
    public Spread spread(Function<RunResult, ? extends Number> f) {
        return Spread.of(values(f));
    }

    public double throughput() {
        return median(RunResult::throughputPerSecond);
    }

    public double p50() {
        return median(r -> r.latencyMs() == null ? null : r.latencyMs().p50());
    }

    public double p90() {
        return median(r -> r.latencyMs() == null ? null : r.latencyMs().p90());
    }

    public double p99() {
        return median(r -> r.latencyMs() == null ? null : r.latencyMs().p99());
    }

    double latencyMax() {
        return median(r -> r.latencyMs() == null ? null : r.latencyMs().max());
    }

    double cpu() {
        return median(RunResult::cpuSeconds);
    }

    public double efficiency() {
        return median(RunResult::efficiency);
    }

    int peakThreads() {
        return runs.stream().mapToInt(RunResult::peakThreads).max().orElse(0);
    }

    Long peakRss() {
        return runs.stream()
                .map(RunResult::peakRssBytes)
                .filter(Objects::nonNull)
                .max(Long::compare)
                .orElse(null);
    }

    public Long pinnedEvents() {
        return runs.stream()
                .map(RunResult::pinnedEvents)
                .filter(Objects::nonNull)
                .max(Long::compare)
                .orElse(null);
    }

    /** The carrier threads of the child JVM the runs ran in, or null for runs in the lab's own JVM. */
    public Integer carriers() {
        return runs.get(0).carriers();
    }

    /** Median live-heap growth per task, or NaN where the runs did not measure it. */
    double heapBytesPerTask() {
        return median(RunResult::heapBytesPerTask);
    }

    /** Whether any run stalled; null where the workload does not watch for it. */
    public Boolean stalled() {
        if (runs.stream().allMatch(r -> r.stalled() == null)) {
            return null;
        }
        return runs.stream().anyMatch(r -> Boolean.TRUE.equals(r.stalled()));
    }

    /** Runs that stalled. */
    public long stalledRuns() {
        return runs.stream().filter(r -> Boolean.TRUE.equals(r.stalled())).count();
    }

    /** The law's prediction (the same for every repeat of a cell), or null where none applied. */
    public Prediction prediction() {
        return runs.stream()
                .map(RunResult::prediction)
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null);
    }

    /**
     * The likely cause of the cell's runs missing their prediction: the first such run's cause,
     * with how many of the runs missed; null when every run lies within the band (or none has a
     * prediction, or they were recorded before causes were).
     */
    public String cause() {
        List<String> causes = runs.stream()
                .map(RunResult::prediction)
                .filter(p -> p != null && p.cause() != null)
                .map(Prediction::cause)
                .toList();
        if (causes.isEmpty()) {
            return null;
        }
        return causes.size() == 1
                ? causes.get(0)
                : causes.get(0) + " (" + causes.size() + " of " + runs.size() + " runs outside)";
    }

    /** Why the cell's runs have no prediction, where they say; null otherwise. */
    public String noPrediction() {
        return runs.stream()
                .map(RunResult::noPrediction)
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null);
    }

    /**
     * The cell against its prediction in words: "94% of its waiting bound (Little's law)", with the
     * cause where it missed; null without a prediction.
     */
    public String againstBound() {
        Prediction p = prediction();
        if (p == null || Double.isNaN(efficiency())) {
            return null;
        }
        String cause = cause();
        return Formats.percent(efficiency()) + " of its " + p.boundName() + " bound (" + p.model() + ")"
                + (cause == null ? "" : "; " + cause);
    }

    /** Lost updates over expected updates, median over repeats; NaN for a workload that does not count them. */
    public double lostFraction() {
        return median(r -> {
            if (r.lostUpdates() == null) {
                return null;
            }
            double expected = r.completed() * (double) longParam("increments", 0);
            return expected > 0 ? r.lostUpdates() / expected : null;
        });
    }

    boolean countsLostUpdates() {
        return runs.stream().anyMatch(r -> r.lostUpdates() != null);
    }

    /** Runs that failed tasks or carry an error, e.g. a checksum that differs from another mode's. */
    public List<String> errors() {
        List<String> errors = new ArrayList<>();
        for (RunResult r : runs) {
            if (r.error() != null) {
                errors.add(r.error());
            } else if (r.failed() > 0) {
                errors.add(Formats.count(r.failed()) + " of " + Formats.count(r.tasks()) + " tasks failed");
            }
        }
        return errors;
    }

    /** A parameter of the workload spec ({@code lock} of {@code counter:lock=none}), or null. */
    public String param(String key) {
        try {
            return WorkloadSpec.parse(workload).params().get(key);
        } catch (RuntimeException e) {
            return null;
        }
    }

    public long longParam(String key, long fallback) {
        String value = param(key);
        try {
            return value == null ? fallback : Long.parseLong(value.replace("_", ""));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** The family of the workload: {@code sleep} of {@code sleep:ms=50}. */
    String workloadName() {
        int colon = workload.indexOf(':');
        return colon < 0 ? workload : workload.substring(0, colon);
    }

    private double median(Function<RunResult, ? extends Number> f) {
        return Stats.median(values(f));
    }

    private List<Number> values(Function<RunResult, ? extends Number> f) {
        List<Number> values = new ArrayList<>();
        for (RunResult r : runs) {
            values.add(f.apply(r));
        }
        return values;
    }
}
