package threadlab.report;

import java.util.Arrays;
import java.util.Collection;
import java.util.Objects;
import java.util.function.DoubleFunction;

/**
 * How one value varied over a cell's repeats: how many there were, the median, min..max, and an
 * interval for the median ({@code low..high}).
 *
 * <p>From five values the interval is the distribution-free order-statistic one: the k-th smallest
 * to the k-th largest value, with k the largest for which a median outside it has a chance of at
 * most 5% (the number of values below the true median is binomial(n, ½)). It needs no assumption
 * about the shape of the noise, which on a shared machine is anything but normal. For n of 5 to 8
 * that k is 1, min..max, which holds the median with a chance of 1 − 2<sup>1−n</sup>: 94% for 5.
 * From n = 9 the interval narrows inside min..max.
 *
 * <p>Below five, min..max holds the median only half the time for 2 values, three in four for 3,
 * seven in eight for 4: too often to claim a difference on. There the interval is the median ±
 * the range (max − min), no lower than 0 for values that are never negative; for normal noise
 * that holds the median 70% of the time for 2 values, 91% for 3, 98% for 4 (simulated, 200,000
 * draws each). Few repeats make wide intervals, as they should.
 *
 * <p>One value (n = 1) is a point: it has no spread of its own, so whatever it is compared with,
 * only its value speaks, unless the machine's noise floor gives it one ({@link #widened}).
 * {@link #known()} says whether there is an interval. A value a run lacks (null or NaN) is left
 * out; no values at all give n = 0 and NaN throughout.
 */
public record Spread(int n, double median, double min, double max, double low, double high) {

    /** The chance, at most, that the median lies outside {@code low..high}. */
    static final double MISS = 0.05;

    public static Spread of(Collection<? extends Number> values) {
        double[] v = values.stream()
                .filter(Objects::nonNull)
                .mapToDouble(Number::doubleValue)
                .filter(d -> !Double.isNaN(d))
                .sorted()
                .toArray();
        return of(v);
    }

    /** The spread of {@code values}, already free of NaN, in any order. */
    static Spread of(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        int n = v.length;
        if (n == 0) {
            return new Spread(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double median = n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
        if (n >= 2 && n < ORDER_STATISTIC_FROM) {
            double range = v[n - 1] - v[0];
            double low = median - range;
            return new Spread(n, median, v[0], v[n - 1], v[0] >= 0 ? Math.max(0, low) : low, median + range);
        }
        int k = rank(n);
        return new Spread(n, median, v[0], v[n - 1], v[k - 1], v[n - k]);
    }

    /** From this many values on, the interval is the order-statistic one; below, the median ± the range. */
    static final int ORDER_STATISTIC_FROM = 5;

    /**
     * This spread with its interval for the median at least the median ± {@code relative} of it:
     * the machine's noise floor ({@link Noise}) under what the repeats alone say. A single value
     * gains an interval this way; 0 leaves the spread as it is.
     */
    public Spread widened(double relative) {
        if (n == 0 || !(relative > 0)) {
            return this;
        }
        return atLeast(Math.abs(median) * relative);
    }

    /**
     * This spread with its interval for the median at least the median ± {@code half}: the
     * resolution a value was recorded to (latencies to the microsecond), below which no two values
     * can be told apart.
     */
    public Spread atLeast(double half) {
        if (n == 0 || !(half > 0)) {
            return this;
        }
        double floorLow = median - half;
        return new Spread(
                n,
                median,
                min,
                max,
                Math.min(low, min >= 0 ? Math.max(0, floorLow) : floorLow),
                Math.max(high, median + half));
    }

    /**
     * The rank k (1-based) of the interval's ends: the largest k with P(binomial(n, ½) &lt; k) ≤
     * {@link #MISS} / 2, and at least 1 (min..max).
     */
    static int rank(int n) {
        int k = 1;
        double below = Math.pow(0.5, n); // P(B < 1) = P(B = 0)
        double term = below;
        for (int j = 1; j < n / 2; j++) {
            term = term * (n - j + 1) / j; // P(B = j)
            if (below + term > MISS / 2) {
                break;
            }
            below += term;
            k = j + 1;
        }
        return k;
    }

    /** Whether there is an interval to judge by: two values or more, or one given the machine's noise floor. */
    public boolean known() {
        return n >= 2 || (n == 1 && high > low);
    }

    /** Whether the two intervals for the median share any value: no difference between them is measurable. */
    public boolean overlaps(Spread other) {
        return !(high < other.low || other.high < low);
    }

    /** max − min over the median: how much the repeats varied, as a fraction; NaN for fewer than two values. */
    public double relative() {
        return n >= 2 && median != 0 ? (max - min) / Math.abs(median) : Double.NaN;
    }

    /** Every value multiplied by {@code factor} (a throughput over a limit, a time in other units). */
    public Spread times(double factor) {
        if (factor < 0) {
            return new Spread(n, median * factor, max * factor, min * factor, high * factor, low * factor);
        }
        return new Spread(n, median * factor, min * factor, max * factor, low * factor, high * factor);
    }

    /**
     * This value over {@code base}: the ratio of the medians, and as its interval the widest the
     * two intervals allow (low over high to high over low); values must be positive.
     */
    public Spread over(Spread base) {
        return new Spread(
                Math.min(n, base.n),
                median / base.median,
                min / base.max,
                max / base.min,
                low / base.high,
                high / base.low);
    }

    /** "3 runs, 0.101..0.108 s": how many values and their range, each written by {@code format}. */
    public String describe(DoubleFunction<String> format) {
        if (n == 0) {
            return "no runs";
        }
        if (n == 1) {
            return high > low
                    ? "1 run, " + format.apply(median) + ", within the machine's noise " + format.apply(low) + ".."
                            + format.apply(high)
                    : "1 run, no spread";
        }
        String range = format.apply(min) + ".." + format.apply(max);
        if (low != min || high != max) {
            range += ", median within " + format.apply(low) + ".." + format.apply(high);
        }
        return n + " runs, " + range;
    }
}
