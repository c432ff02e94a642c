package threadlab.report;

import java.util.Arrays;
import java.util.Collection;
import java.util.Objects;
import java.util.function.DoubleFunction;

/**
 * How one value varied over a cell's repeats: how many there were, the median, min..max, and an
 * interval for the median ({@code low..high}).
 *
 * <p>The interval is the distribution-free order-statistic one: the k-th smallest to the k-th
 * largest value, with k the largest for which a median outside it has a chance of at most 5% (the
 * number of values below the true median is binomial(n, ½)). It needs no assumption about the
 * shape of the noise, which on a shared machine is anything but normal. For n ≤ 8 that k is 1: the
 * interval is min..max. For n ≤ 3 min..max is the only honest interval there is: three values say
 * nothing finer about where the median lies. It is also a wide one with a modest hold: min..max of
 * n values holds the median with a chance of 1 − 2<sup>1−n</sup>, half for 2 runs, three in four
 * for 3, 94% for 5. From n = 9 the interval starts to narrow inside min..max.
 *
 * <p>One value (n = 1) is a point: it has no spread, so whatever it is compared with, only its
 * value speaks; {@link #known()} says so. A value a run lacks (null or NaN) is left out; no values
 * at all give n = 0 and NaN throughout.
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
        int k = rank(n);
        return new Spread(n, median, v[0], v[n - 1], v[k - 1], v[n - k]);
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

    /** Whether there are at least two values, so that the spread says something. */
    public boolean known() {
        return n >= 2;
    }

    /** Whether the two intervals for the median share any value: no difference between them is measurable. */
    public boolean overlaps(Spread other) {
        return !(high < other.low || other.high < low);
    }

    /** max − min over the median: how much the repeats varied, as a fraction; NaN for fewer than two values. */
    public double relative() {
        return known() && median != 0 ? (max - min) / Math.abs(median) : Double.NaN;
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
            return "1 run, no spread";
        }
        String range = format.apply(min) + ".." + format.apply(max);
        if (low > min || high < max) {
            range += ", median within " + format.apply(low) + ".." + format.apply(high);
        }
        return n + " runs, " + range;
    }
}
