package threadlab.report;

/** A verdict on this machine and JDK, in the words the table shows. */
public enum Outcome {
    HOLDS("holds"),
    DOES_NOT_HOLD("does not hold"),
    /** The threshold lies within the figure's spread: neither is claimed. */
    WITHIN_NOISE(Claim.NO_DIFFERENCE),
    NOT_RUN("not run");

    private final String words;

    Outcome(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
