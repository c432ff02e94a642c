package threadlab.report;

import java.util.Objects;

/**
 * What a verdict found in one run folder: the figure in words ("sequential 0.90 s, slowest pool
 * 0.31 s: 2.9x"), the number it rests on with its spread, and the threshold the claim needs; or,
 * with no measure, why it was not run ({@code figure} says what is missing).
 */
public record Judgement(String figure, Measure measure, Threshold threshold) {

    public Judgement {
        Objects.requireNonNull(figure);
    }

    public static Judgement of(String figure, Measure measure, Threshold threshold) {
        return new Judgement(figure, Objects.requireNonNull(measure), Objects.requireNonNull(threshold));
    }

    public static Judgement notRun(String why) {
        return new Judgement(why, null, null);
    }

    Outcome outcome(DecisionRule rule) {
        return measure == null ? Outcome.NOT_RUN : rule.decide(measure, threshold);
    }
}
