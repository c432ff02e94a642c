package threadlab.stress.gate;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The lines a student reads after a run: for each racy test (one that declares an interesting
 * outcome), how often each interesting outcome was observed, e.g.
 * {@code Race_01_LostUpdate: lost update: ... in 13.2% of 4.1M samples}.
 *
 * <p>These frequencies are reported, never asserted: they depend on the hardware, the JIT, the
 * JVM configuration and the luck of the scheduler. Zero is a legal answer too (the JMM allows
 * an outcome this machine never produces).
 */
public final class RacyReport {

    private RacyReport() {}

    /** One line per interesting outcome description of every racy test, in test order. */
    public static List<String> lines(List<TestSummary> tests) {
        List<String> lines = new ArrayList<>();
        for (TestSummary test : tests) {
            if (!test.racy()) {
                continue;
            }
            long total = test.totalSamples();
            // outcomes matched by one pattern (e.g. "0, .*" and ".*, 0") share a description: add them up
            Map<String, Long> byDesc = new LinkedHashMap<>();
            for (OutcomeSummary outcome : test.outcomes()) {
                if (outcome.interesting()) {
                    byDesc.merge(outcome.desc(), outcome.samples(), Long::sum);
                }
            }
            String name = test.test()
                    .substring(test.test().lastIndexOf('.', test.test().indexOf('_')) + 1);
            byDesc.forEach((desc, seen) -> lines.add(String.format(
                    Locale.ROOT,
                    "%s: %s in %s of %s samples (%s)",
                    name,
                    desc,
                    percent(seen, total),
                    count(total),
                    count(seen))));
        }
        return lines;
    }

    /** A share as a readable percentage: {@code 13.2%}, {@code 0.0041%}, exactly {@code 0%} when never seen. */
    static String percent(long part, long total) {
        if (part == 0 || total == 0) {
            return "0%";
        }
        double pct = 100.0 * part / total;
        return pct >= 1 ? String.format(Locale.ROOT, "%.1f%%", pct) : significant(pct, 2) + "%";
    }

    /** A count in K, M, G or T units, at most three significant figures: {@code 812}, {@code 4.12M}, {@code 400M}. */
    static String count(long n) {
        if (n < 1_000) {
            return Long.toString(n);
        }
        String[] units = {"K", "M", "G", "T"};
        double value = n;
        int unit = -1;
        while (value >= 1_000 && unit < units.length - 1) {
            value /= 1_000;
            unit++;
        }
        return significant(value, 3) + units[unit];
    }

    private static String significant(double value, int digits) {
        return new BigDecimal(value)
                .round(new MathContext(digits))
                .stripTrailingZeros()
                .toPlainString();
    }
}
