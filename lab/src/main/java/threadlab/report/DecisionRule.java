package threadlab.report;

/**
 * Decides whether a measured figure clears its threshold: the one place a verdict's "holds" is
 * decided, so that every lesson's verdict follows the same rule about spreads.
 */
@FunctionalInterface
public interface DecisionRule {

    /**
     * A claim only where the spread allows it ({@link Claim}): "holds" when the whole interval
     * clears the threshold, "does not hold" when the whole interval misses it, and
     * {@link Outcome#WITHIN_NOISE} when the threshold lies inside the interval, so that the repeats
     * and the machine's noise could put the figure on either side. One run with no noise floor is
     * its own interval.
     */
    DecisionRule SPREAD_ALLOWS = (measure, threshold) -> {
        if (!measure.finite()) {
            return Outcome.NOT_RUN;
        }
        boolean clears = threshold.atLeast() ? measure.low() >= threshold.bound() : measure.high() <= threshold.bound();
        boolean misses = threshold.atLeast() ? measure.high() < threshold.bound() : measure.low() > threshold.bound();
        return clears ? Outcome.HOLDS : misses ? Outcome.DOES_NOT_HOLD : Outcome.WITHIN_NOISE;
    };

    Outcome decide(Measure measure, Threshold threshold);
}
