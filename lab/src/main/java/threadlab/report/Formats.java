package threadlab.report;

import java.util.Locale;

/** How the report writes numbers: a missing value is "-", never 0; thousands are grouped. */
public final class Formats {

    public static final String MISSING = "-";

    private Formats() {}

    /** Seconds with three decimals below 10 s, two above; below a millisecond, two significant digits. */
    public static String seconds(double s) {
        if (Double.isNaN(s)) {
            return MISSING;
        }
        if (s > 0 && s < 0.001) {
            return new java.math.BigDecimal(s)
                    .round(new java.math.MathContext(2))
                    .stripTrailingZeros()
                    .toPlainString();
        }
        return String.format(Locale.ROOT, s < 10 ? "%.3f" : "%,.2f", s);
    }

    /** A rate or any positive quantity, with as many decimals as it needs to show three figures. */
    public static String number(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return MISSING;
        }
        double a = Math.abs(v);
        if (a > 0 && a < 1) {
            return new java.math.BigDecimal(v)
                    .round(new java.math.MathContext(2))
                    .stripTrailingZeros()
                    .toPlainString();
        }
        String pattern = a >= 100 ? "%,.0f" : a >= 10 ? "%.1f" : a >= 1 ? "%.2f" : "%.0f";
        return String.format(Locale.ROOT, pattern, v);
    }

    public static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** A fraction as a whole percentage; near 0% and 100% with one decimal, so a little is never shown as none or all. */
    public static String percent(double fraction) {
        if (Double.isNaN(fraction)) {
            return MISSING;
        }
        double p = 100 * fraction;
        if (p > 99.5 && p < 100) {
            // not all: 99.88% must not read as 100%
            return String.format(Locale.ROOT, "%.1f%%", Math.floor(p * 10) / 10);
        }
        return String.format(Locale.ROOT, p != 0 && Math.abs(p) < 0.95 ? "%.1f%%" : "%.0f%%", p);
    }

    /** A ratio such as a speedup: "1.85x". */
    public static String times(double ratio) {
        if (Double.isNaN(ratio) || Double.isInfinite(ratio)) {
            return MISSING;
        }
        return String.format(Locale.ROOT, ratio >= 10 ? "%.0fx" : "%.2fx", ratio);
    }

    static String megabytes(Long bytes) {
        return bytes == null ? MISSING : String.format(Locale.ROOT, "%,.0f", bytes / 1e6);
    }

    public static String orMissing(Object value) {
        return value == null ? MISSING : value.toString();
    }
}
