package threadlab.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import threadlab.report.JmhResults;
import threadlab.report.JmhScore;

/**
 * A readable summary of a JMH JSON result file ({@code -rf json}), read by the lab's one JMH
 * reader ({@link JmhResults}, which the report uses too): one row per benchmark and parameter
 * set, with the settings it ran with (forks x iterations x time), the score, its error (JMH's
 * 99.9% confidence half-width), the unit and a flag, in the order JMH ran them. Under the table,
 * every flagged score (an error above half the score, or forks that disagree) with each fork's
 * iteration scores. A smoke pass (one fork, or iterations under a second) is said to be one
 * first, and every row of it carries "smoke: not a result".
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar threadlab.bench.JmhSummary results/&lt;run-id&gt;/jmh.json</pre>
 *
 * <p>An error JMH could not compute (fewer than three samples) shows as {@code n/a}. The exit code
 * is 0 when the file held at least one result, 1 when it is missing, unreadable, not JMH output
 * or empty (a smoke pass that measured nothing has failed), and 2 for a wrong command line.
 */
public final class JmhSummary {

    static final String SMOKE = "smoke: not a result";

    private JmhSummary() {}

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: JmhSummary <jmh.json>");
            System.exit(2);
        }
        try {
            Path file = Path.of(args[0]);
            List<JmhScore> scores = JmhResults.read(file);
            if (scores.isEmpty()) {
                throw new IOException(file + " holds no benchmark results");
            }
            System.out.println("JMH results: " + file + " (" + scores.size() + " results, JDK "
                    + scores.get(0).jdk() + ", " + scores.get(0).vm() + ")");
            System.out.print(report(scores));
        } catch (IOException e) {
            System.err.println("JmhSummary: " + e.getMessage());
            System.exit(1);
        }
    }

    /** The heading for a smoke pass, the table, and each flagged score's forks. */
    static String report(List<JmhScore> scores) {
        StringBuilder out = new StringBuilder();
        List<String> smokeSettings = scores.stream()
                .filter(JmhScore::smoke)
                .map(s -> s.settings().text())
                .distinct()
                .toList();
        if (!smokeSettings.isEmpty()) {
            out.append("Smoke pass (")
                    .append(String.join("; ", smokeSettings))
                    .append("): ")
                    .append(SMOKE)
                    .append(". It shows that the benchmarks run; compare no score with another.\n");
        }
        out.append(table(scores));
        List<JmhScore> flagged =
                scores.stream().filter(s -> !s.smoke() && !s.flags().isEmpty()).toList();
        if (!flagged.isEmpty()) {
            out.append("\nFlagged: read each fork, not the mean.\n");
            for (JmhScore s : flagged) {
                out.append("  ")
                        .append(s.shortName())
                        .append(s.params().isEmpty() ? "" : " " + params(s))
                        .append(": ")
                        .append(String.join(", ", s.flags()))
                        .append("; ")
                        .append(s.forkText())
                        .append(' ')
                        .append(s.unit())
                        .append('\n');
            }
        }
        return out.toString();
    }

    /** The scores as an aligned text table, one line per score, a blank line between benchmark classes. */
    static String table(List<JmhScore> scores) {
        List<String[]> cells = new ArrayList<>();
        cells.add(new String[] {"Benchmark", "Params", "Mode", "Forks x Iter", "Score", "Error", "Units", "Flags"});
        for (JmhScore s : scores) {
            int decimals = decimals(s.score());
            List<String> flags =
                    s.notMeasured() ? List.of("not measured here") : s.smoke() ? List.of(SMOKE) : s.flags();
            cells.add(new String[] {
                s.shortName(),
                s.params().isEmpty() ? "-" : params(s),
                s.mode(),
                s.forkValues().size() + " x " + s.settings().measurementIterations(),
                format(s.score(), decimals),
                Double.isNaN(s.error()) ? "n/a" : "± " + format(s.error(), decimals),
                s.unit(),
                String.join(", ", flags)
            });
        }
        int[] widths = new int[cells.get(0).length];
        for (String[] line : cells) {
            for (int c = 0; c < line.length; c++) {
                widths[c] = Math.max(widths[c], line[c].length());
            }
        }
        StringBuilder out = new StringBuilder();
        String previousClass = null;
        for (int r = 0; r < cells.size(); r++) {
            String[] line = cells.get(r);
            String benchmarkClass = r == 0 ? null : line[0].substring(0, Math.max(0, line[0].lastIndexOf('.')));
            if (previousClass != null && !previousClass.equals(benchmarkClass)) {
                out.append('\n');
            }
            previousClass = benchmarkClass;
            StringBuilder row = new StringBuilder();
            for (int c = 0; c < line.length; c++) {
                row.append(c == 0 ? "" : "  ").append(pad(line[c], widths[c], c >= 3 && c <= 5));
            }
            out.append(row.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }

    /** {@code inFlight=50 mode=virtual}: as JMH names them, space-separated. */
    private static String params(JmhScore s) {
        return String.join(
                " ",
                s.params().entrySet().stream()
                        .map(e -> e.getKey() + "=" + e.getValue())
                        .toList());
    }

    /** Enough decimals for three significant digits; none from 100 up. */
    private static int decimals(double score) {
        double magnitude = Math.abs(score);
        if (!Double.isFinite(magnitude) || magnitude == 0 || magnitude >= 100) {
            return 0;
        }
        return Math.min(6, 2 - (int) Math.floor(Math.log10(magnitude)));
    }

    private static String format(double value, int decimals) {
        return String.format(Locale.ROOT, "%,." + decimals + "f", value);
    }

    private static String pad(String text, int width, boolean right) {
        String padding = " ".repeat(width - text.length());
        return right ? padding + text : text + padding;
    }
}
