package threadlab.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import threadlab.result.ResultsFile;

/**
 * The one reader of JMH's JSON result file ({@code -rf json}), shared by the report's JMH section
 * and the benchmarks module's {@code JmhSummary}: every result with its settings (forks,
 * warm-up and measurement iterations and times) and each fork's iteration scores, from
 * {@code primaryMetric.rawData}.
 */
public final class JmhResults {

    private JmhResults() {}

    /**
     * Reads every result in a JMH JSON file, in the order JMH ran them.
     *
     * @throws IOException if the file is missing or unreadable, is not JSON, or is not a JMH result array
     */
    public static List<JmhScore> read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException("no such file: " + file);
        }
        JsonNode root;
        try {
            root = ResultsFile.json().readTree(file.toFile());
        } catch (IOException e) {
            throw new IOException(
                    file + " is not valid JSON: "
                            + e.getMessage().lines().findFirst().orElse(""),
                    e);
        }
        if (root == null || !root.isArray()) {
            throw new IOException(file + " is not JMH JSON output: expected an array of results");
        }
        List<JmhScore> scores = new ArrayList<>();
        for (JsonNode result : root) {
            scores.add(score(file, result));
        }
        return scores;
    }

    private static JmhScore score(Path file, JsonNode result) throws IOException {
        JsonNode metric = result.path("primaryMetric");
        if (!result.path("benchmark").isTextual() || !metric.path("score").isNumber()) {
            throw new IOException(file + " is not JMH JSON output: a result without benchmark or primaryMetric.score");
        }
        Map<String, String> params = new LinkedHashMap<>();
        result.path("params")
                .properties()
                .forEach(e -> params.put(e.getKey(), e.getValue().asText()));
        List<List<Double>> forks = new ArrayList<>();
        for (JsonNode fork : metric.path("rawData")) {
            List<Double> iterations = new ArrayList<>();
            fork.forEach(value -> iterations.add(number(value)));
            forks.add(List.copyOf(iterations));
        }
        JmhScore.Settings settings = new JmhScore.Settings(
                result.path("forks").asInt(forks.size()),
                result.path("warmupIterations").asInt(0),
                duration(result.path("warmupTime").asText("")),
                result.path("measurementIterations").asInt(0),
                duration(result.path("measurementTime").asText("")));
        return new JmhScore(
                result.get("benchmark").asText(),
                result.path("mode").asText("?"),
                params,
                settings,
                metric.get("score").asDouble(),
                number(metric.path("scoreError")),
                metric.path("scoreUnit").asText(""),
                forks,
                result.path("jdkVersion").asText("?"),
                result.path("vmName").asText("?"),
                result.path("secondaryMetrics")
                                .path(JmhScore.NOT_MEASURED)
                                .path("score")
                                .asDouble(0)
                        > 0);
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

    /** JMH's time values, {@code "100 ms"}, {@code "1 s"}, {@code "2 min"}; null if absent or not one of those. */
    static Duration duration(String text) {
        String[] parts = text.trim().split("\\s+");
        if (parts.length != 2) {
            return null;
        }
        long amount;
        try {
            amount = Long.parseLong(parts[0]);
        } catch (NumberFormatException e) {
            return null;
        }
        return switch (parts[1].toLowerCase(Locale.ROOT)) {
            case "ns" -> Duration.ofNanos(amount);
            case "us" -> Duration.ofNanos(amount * 1_000);
            case "ms" -> Duration.ofMillis(amount);
            case "s" -> Duration.ofSeconds(amount);
            case "min" -> Duration.ofMinutes(amount);
            case "hr" -> Duration.ofHours(amount);
            default -> null;
        };
    }
}
