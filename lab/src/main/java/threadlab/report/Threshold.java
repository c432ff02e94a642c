package threadlab.report;

/**
 * Where a claim starts to hold: a figure at least {@code bound} ({@code atLeast}), or at most it.
 * The words are how the table states it ("at least 2x").
 */
public record Threshold(double bound, boolean atLeast, String words) {

    public static Threshold atLeast(double bound, String words) {
        return new Threshold(bound, true, words);
    }

    public static Threshold atMost(double bound, String words) {
        return new Threshold(bound, false, words);
    }
}
