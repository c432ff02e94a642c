package threadlab.report;

import java.util.function.DoubleFunction;

/**
 * When a computed sentence may claim something. "A is faster than B" is said only when the two
 * cells' intervals for the median ({@link Spread}) do not overlap; "X holds" or "Y reached N% of
 * its bound" only when the whole interval lies on one side of the threshold. Otherwise the sentence
 * says {@value #NO_DIFFERENCE} and gives the numbers, so that a reader can see how wide the noise
 * was. One value has no spread: it is a point, and points that differ are apart, so a single run
 * still speaks, as it did before the lab measured spreads; its sentence says "1 run".
 */
public final class Claim {

    /** The words of a withheld claim, the same in every section. */
    public static final String NO_DIFFERENCE = "no difference measurable here";

    private Claim() {}

    /** Whether {@code a} and {@code b} differ by more than their spreads. */
    public static boolean apart(Spread a, Spread b) {
        return a.n() > 0 && b.n() > 0 && !a.overlaps(b);
    }

    /** Whether {@code value} lies above {@code threshold} by more than its spread. */
    public static boolean above(Spread value, double threshold) {
        return value.n() > 0 && value.low() > threshold;
    }

    /** Whether {@code value} lies below {@code threshold} by more than its spread. */
    public static boolean below(Spread value, double threshold) {
        return value.n() > 0 && value.high() < threshold;
    }

    /** "no difference measurable here (3 runs, 0.101..0.108 s; 3 runs, 0.099..0.112 s)". */
    public static String noDifference(DoubleFunction<String> format, Spread... spreads) {
        StringBuilder sb = new StringBuilder(NO_DIFFERENCE).append(" (");
        for (int i = 0; i < spreads.length; i++) {
            sb.append(i == 0 ? "" : "; ").append(spreads[i].describe(format));
        }
        return sb.append(')').toString();
    }
}
