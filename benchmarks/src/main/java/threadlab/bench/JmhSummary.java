package threadlab.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A readable summary of a JMH JSON result file ({@code -rf json}): one row per benchmark and
 * parameter set, with the score, its error (JMH's 99.9% confidence half-width), the unit and the number of samples, in the
 * order JMH ran them.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar threadlab.bench.JmhSummary results/&lt;run-id&gt;/jmh.json</pre>
 *
 * <p>An error JMH could not compute (fewer than three samples) shows as {@code n/a}. The exit code
 * is 0 when the file held at least one result, 1 when it is missing, unreadable, not JMH output
 * or empty (a smoke pass that measured nothing has failed), and 2 for a wrong command line.
 */
public final class JmhSummary {

    /** One result: the benchmark without its package, its parameters as {@code k=v} pairs. */
    public record Row(String benchmark, String params, String mode, int samples, double score, double error,
            String unit) {}

    private JmhSummary() {}

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: JmhSummary <jmh.json>");
            System.exit(2);
        }
        try {
            Path file = Path.of(args[0]);
            List<Row> rows = read(file);
            if (rows.isEmpty()) {
                throw new IOException(file + " holds no benchmark results");
            }
            System.out.println("JMH results: " + file + " (" + rows.size() + " results, " + jdk(file) + ")");
            System.out.print(table(rows));
        } catch (IOException e) {
            System.err.println("JmhSummary: " + e.getMessage());
            System.exit(1);
        }
    }

    /**
     * Reads every result in a JMH JSON file.
     *
     * @throws IOException if the file cannot be read, is not JSON, or is not a JMH result array
     */
    public static List<Row> read(Path file) throws IOException {
        JsonNode results = parse(file);
        List<Row> rows = new ArrayList<>();
        for (JsonNode result : results) {
            JsonNode metric = result.path("primaryMetric");
            if (!result.path("benchmark").isTextual() || !metric.path("score").isNumber()) {
                throw new IOException(file + " is not JMH JSON output: a result without benchmark or primaryMetric.score");
            }
            rows.add(new Row(
                    shortName(result.get("benchmark").asText()),
                    params(result.path("params")),
                    result.path("mode").asText(),
                    samples(metric.path("rawData")),
                    metric.get("score").asDouble(),
                    number(metric.path("scoreError")),
                    metric.path("scoreUnit").asText()));
        }
        return rows;
    }

    /** The rows as an aligned text table, one line per row, a blank line between benchmark classes. */
    public static String table(List<Row> rows) {
        List<String[]> cells = new ArrayList<>();
        cells.add(new String[] {"Benchmark", "Params", "Mode", "Cnt", "Score", "Error", "Units"});
        for (Row row : rows) {
            int decimals = decimals(row.score());
            cells.add(new String[] {row.benchmark(), row.params(), row.mode(), Integer.toString(row.samples()),
                    format(row.score(), decimals),
                    Double.isNaN(row.error()) ? "n/a" : "± " + format(row.error(), decimals), row.unit()});
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
            for (int c = 0; c < line.length; c++) {
                String cell = pad(line[c], widths[c], c >= 3 && c <= 5);
                out.append(c == 0 ? "" : "  ").append(c == line.length - 1 ? cell.stripTrailing() : cell);
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static JsonNode parse(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException("no such file: " + file);
        }
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new IOException(file + " is not valid JSON: " + e.getMessage().lines().findFirst().orElse(""), e);
        }
        if (root == null || !root.isArray()) {
            throw new IOException(file + " is not JMH JSON output: expected an array of results");
        }
        return root;
    }

    private static String jdk(Path file) throws IOException {
        JsonNode first = parse(file).path(0);
        return "JDK " + first.path("jdkVersion").asText("?") + ", " + first.path("vmName").asText("?");
    }

    private static String shortName(String benchmark) {
        int method = benchmark.lastIndexOf('.');
        int type = method < 0 ? -1 : benchmark.lastIndexOf('.', method - 1);
        return benchmark.substring(type + 1);
    }

    private static String params(JsonNode params) {
        List<String> pairs = new ArrayList<>();
        for (Map.Entry<String, JsonNode> param : params.properties()) {
            pairs.add(param.getKey() + "=" + param.getValue().asText());
        }
        return pairs.isEmpty() ? "-" : String.join(" ", pairs);
    }

    /** rawData is one array of iteration scores per fork. */
    private static int samples(JsonNode rawData) {
        int count = 0;
        for (JsonNode fork : rawData) {
            count += fork.size();
        }
        return count;
    }

    /** JMH writes NaN and infinities as strings. */
    private static double number(JsonNode value) {
        if (value.isNumber()) {
            return value.asDouble();
        }
        return switch (value.asText()) {
            case "Infinity" -> Double.POSITIVE_INFINITY;
            case "-Infinity" -> Double.NEGATIVE_INFINITY;
            default -> Double.NaN;
        };
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
