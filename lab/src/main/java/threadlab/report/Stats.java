package threadlab.report;

import java.util.Arrays;
import java.util.Collection;
import java.util.Objects;

/** Median, min and max over repeats; a value a run lacks (null or NaN) is left out, and no values give NaN. */
public final class Stats {

    private Stats() {}

    public static double median(Collection<? extends Number> values) {
        double[] v = clean(values);
        if (v.length == 0) {
            return Double.NaN;
        }
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    public static double min(Collection<? extends Number> values) {
        double[] v = clean(values);
        return v.length == 0 ? Double.NaN : v[0];
    }

    public static double max(Collection<? extends Number> values) {
        double[] v = clean(values);
        return v.length == 0 ? Double.NaN : v[v.length - 1];
    }

    private static double[] clean(Collection<? extends Number> values) {
        double[] v = values.stream()
                .filter(Objects::nonNull)
                .mapToDouble(Number::doubleValue)
                .filter(d -> !Double.isNaN(d))
                .toArray();
        Arrays.sort(v);
        return v;
    }
}
