package threadlab.lesson.measurementoverhead;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import threadlab.report.ExperimentRuns;
import threadlab.report.ModeCell;
import threadlab.report.Stats;
import threadlab.result.RunResult;

/**
 * The figures of one CPU workload of measurement-overhead, medians over the rounds: the lab's
 * sequential wall, each lab pool's speedup over it, the unmetered JVM's own loop and its plain
 * pool's speedup over that loop.
 */
record Computing(
        List<RunResult> sequential,
        double labSequential,
        Map<String, Double> labSpeedups,
        double plainSequential,
        double plainSpeedup) {

    static Optional<Computing> of(List<ModeCell> cells) {
        Optional<ModeCell> seq = find(cells, MeasurementOverheadSection.SEQUENTIAL);
        Optional<ModeCell> plain = find(cells, MeasurementOverheadSection.PLAIN_POOL);
        if (seq.isEmpty()
                || plain.isEmpty()
                || seq.get().wall() <= 0
                || plain.get().wall() <= 0) {
            return Optional.empty();
        }
        Map<String, Double> lab = new LinkedHashMap<>();
        for (String mode : MeasurementOverheadSection.LAB_POOLS) {
            find(cells, mode)
                    .filter(c -> c.wall() > 0)
                    .ifPresent(c -> lab.put(mode, seq.get().wall() / c.wall()));
        }
        Double plainLoop =
                median(plain.get().runs(), r -> r.extra(UnmeteredFields.class).unmeteredSequentialSeconds());
        if (lab.isEmpty() || plainLoop == null) {
            return Optional.empty();
        }
        return Optional.of(new Computing(
                seq.get().runs(),
                seq.get().wall(),
                lab,
                plainLoop,
                plainLoop / plain.get().wall()));
    }

    static Optional<ModeCell> find(List<ModeCell> cells, String mode) {
        return ExperimentRuns.find(cells, mode).filter(c -> !c.runs().isEmpty());
    }

    static Double share(Double cpuSeconds, double wallSeconds) {
        return cpuSeconds == null || wallSeconds <= 0 ? null : cpuSeconds / wallSeconds;
    }

    /** The median of the values the runs have, or null if none has one. */
    static Double median(List<RunResult> runs, Function<RunResult, Double> value) {
        List<Double> values = runs.stream().map(value).filter(Objects::nonNull).toList();
        return values.isEmpty() ? null : Stats.median(values);
    }
}
