package threadlab.report;

/**
 * Decides whether a measured figure clears its threshold: the one place a verdict's "holds" is
 * decided, so that a rule aware of spreads can replace this one without touching a lesson.
 */
@FunctionalInterface
public interface DecisionRule {

    /**
     * The conservative end of the spread must clear the threshold: the lowest repeat for "at
     * least", the highest for "at most". One run is its own spread.
     */
    DecisionRule CONSERVATIVE_END = (measure, threshold) -> {
        if (!measure.finite()) {
            return Outcome.NOT_RUN;
        }
        boolean holds = threshold.atLeast() ? measure.low() >= threshold.bound() : measure.high() <= threshold.bound();
        return holds ? Outcome.HOLDS : Outcome.DOES_NOT_HOLD;
    };

    Outcome decide(Measure measure, Threshold threshold);
}
