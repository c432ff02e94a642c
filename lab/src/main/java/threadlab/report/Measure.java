package threadlab.report;

/**
 * A figure a verdict rests on, with its spread over repeats: {@code low} and {@code high} are the
 * ends the repeats allow (a cell's interval for its median, see {@link Spread}, or a ratio of two
 * cells' opposite ends), and {@code value} the median. One run with no noise floor gives low =
 * value = high.
 */
public record Measure(double low, double value, double high) {

    public Measure {
        if (!(low <= value && value <= high)) {
            double lo = Math.min(low, Math.min(value, high));
            double hi = Math.max(low, Math.max(value, high));
            low = lo;
            high = hi;
        }
    }

    public static Measure of(double value) {
        return new Measure(value, value, value);
    }

    /** {@code top / bottom} with its ends: the smallest over the largest, the largest over the smallest. */
    public static Measure ratio(Measure top, Measure bottom) {
        return new Measure(top.low / bottom.high, top.value / bottom.value, top.high / bottom.low);
    }

    /** The wall time of a cell: its median and its interval for the median, at least the machine's noise. */
    public static Measure wall(ModeCell cell) {
        return of(cell.wallSpread());
    }

    /** A spread's median and its interval for the median. */
    public static Measure of(Spread spread) {
        return new Measure(spread.low(), spread.median(), spread.high());
    }

    /** This measure times a positive {@code factor} (per task: 1 / tasks). */
    public Measure times(double factor) {
        return new Measure(low * factor, value * factor, high * factor);
    }

    boolean finite() {
        return Double.isFinite(low) && Double.isFinite(value) && Double.isFinite(high);
    }
}
