package threadlab.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import threadlab.result.Prediction;

/**
 * A run's prediction: the largest of the bounds that apply, each computed from figures calibrated
 * on this machine before the runs ({@link RunFacts}). The binding bound is named in the prediction;
 * the others' wall times are kept in its figures, so a reader sees how close the next one was.
 */
public final class Bounds {

    /** Every bound, in the order a tie is broken. */
    public static final List<Bound> ALL = List.of(
            new WaitingBound(), new CpuBound(), new StartCostBound(), new SerialFractionBound(), new ContentionBound());

    /**
     * A task that costs less than this (10 µs) and does not wait is a no-op: what such a run takes
     * is the mode's own hand-off, which no bound here models, so it gets no prediction.
     */
    static final double NO_OP_SECONDS = 10e-6;

    /**
     * Bounds this close to the largest (5%) tie, and the first of them in {@link #ALL} is named: a
     * thread start of 20 µs before a 5 ms wait does not make the run start-bound.
     */
    static final double TIE = 0.05;

    private Bounds() {}

    /** The binding bound's prediction, or null where none applies ({@link #whyNone} says why). */
    public static Prediction predict(RunFacts facts) {
        if (facts.tasks() <= 0 || noOp(facts)) {
            return null;
        }
        List<Estimate> estimates = new java.util.ArrayList<>();
        for (Bound bound : ALL) {
            Estimate e = bound.estimate(facts);
            if (e != null) {
                estimates.add(e);
            }
        }
        double largest =
                estimates.stream().mapToDouble(Estimate::wallSeconds).max().orElse(Double.NaN);
        Estimate binding = estimates.stream()
                .filter(e -> e.wallSeconds() >= (1 - TIE) * largest)
                .findFirst()
                .orElse(null);
        if (binding == null) {
            return null;
        }
        Map<String, Double> others = new LinkedHashMap<>();
        estimates.forEach(e -> others.put(e.bound() + "Seconds", e.wallSeconds()));
        Map<String, Double> figures = new LinkedHashMap<>(binding.figures());
        others.remove(binding.bound() + "Seconds");
        figures.putAll(others);
        if (!figures.containsKey("taskCpuMs") && !Double.isNaN(facts.cpuPerTask())) {
            figures.put("taskCpuMs", facts.cpuPerTask() * 1e3);
        }
        if (!figures.containsKey("startLives") && facts.starts().lifeCpuTotal() > 0) {
            figures.put("startLives", (double) facts.starts().lives());
            figures.put("startCpuUs", facts.starts().lifeCpuSeconds() * 1e6);
        }
        double wall = binding.wallSeconds();
        return new Prediction(
                binding.law(),
                wall,
                wall > 0 ? facts.tasks() / wall : 0,
                binding.basis(),
                binding.bound(),
                java.util.Collections.unmodifiableMap(figures),
                null);
    }

    /**
     * Tasks that neither wait nor compute, unless every one of them has a thread started for it:
     * then the starts are the run, and the start-cost bound models them. A pool's one or two starts
     * before 5,000 no-ops are not: the hand-offs are the run.
     */
    private static boolean noOp(RunFacts f) {
        double cpu = f.cpuPerTask();
        return !(f.waitSeconds() > 0)
                && !Double.isNaN(cpu)
                && cpu < NO_OP_SECONDS
                && f.starts().serial() < f.tasks();
    }

    /** One line on why no bound applies to a run, for {@code noPrediction}. */
    public static String whyNone(RunFacts facts) {
        if (facts.tasks() <= 0) {
            return "no tasks";
        }
        if (noOp(facts)) {
            return String.format(
                    "a no-op task (%s, no wait): the run measures the mode's own cost of handing a task"
                            + " over and back, which no bound here models",
                    Double.isNaN(facts.cpuPerTask())
                            ? "not timed"
                            : String.format("%.1f µs of CPU", facts.cpuPerTask() * 1e6));
        }
        return "no bound applies: its tasks neither wait nor compute measurably (a no-op), so the run"
                + " measures the mode's own cost of handing a task over and back, which is what it reports";
    }
}
