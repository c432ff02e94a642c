package threadlab.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import threadlab.result.ResultsFile;

/**
 * One JMH result from {@code jmh.json} (JMH's {@code -rf json}): the benchmark method, its mode
 * ({@code thrpt}, {@code avgt}, {@code sample}, {@code ss}), its {@code @Param} values and the
 * primary score with its error (NaN when JMH could not give one, e.g. a single fork).
 *
 * <p>{@code notMeasured}: the benchmark counted {@value #NOT_MEASURED} events (a JMH auxiliary
 * counter, a secondary metric in the file): the machine lacked what that variant needs, so its
 * primary score timed an empty call and is not a result.
 */
record JmhScore(String benchmark, String mode, Map<String, String> params, double score, double error, String unit,
        boolean notMeasured) {

    static final String FILE = "jmh.json";
    /** The auxiliary counter a benchmark raises where this machine cannot measure a variant. */
    static final String NOT_MEASURED = "notMeasuredHere";

    /**
     * Reads every result of a JMH JSON file.
     *
     * @throws IOException if the file is unreadable or not a JMH result array
     */
    static List<JmhScore> read(Path file) throws IOException {
        JsonNode root = ResultsFile.json().readTree(file.toFile());
        if (root == null || !root.isArray()) {
            throw new IOException("not a JMH result array (expected [ {\"benchmark\": ...}, ... ])");
        }
        List<JmhScore> scores = new ArrayList<>();
        for (JsonNode n : root) {
            JsonNode metric = n.path("primaryMetric");
            if (!n.hasNonNull("benchmark") || !metric.has("score")) {
                throw new IOException("a JMH result lacks 'benchmark' or 'primaryMetric.score'");
            }
            Map<String, String> params = new LinkedHashMap<>();
            n.path("params").properties().forEach(e -> params.put(e.getKey(), e.getValue().asText()));
            scores.add(new JmhScore(n.get("benchmark").asText(), n.path("mode").asText("?"), params,
                    metric.get("score").asDouble(Double.NaN), metric.path("scoreError").asDouble(Double.NaN),
                    metric.path("scoreUnit").asText(""),
                    n.path("secondaryMetrics").path(NOT_MEASURED).path("score").asDouble(0) > 0));
        }
        return scores;
    }

    /** {@code Bench_03_CpuScaling.forkJoin} of {@code threadlab.bench.Bench_03_CpuScaling.forkJoin}. */
    String shortName() {
        String[] parts = benchmark.split("\\.");
        return parts.length < 2 ? benchmark : parts[parts.length - 2] + "." + parts[parts.length - 1];
    }

    /** The benchmark class: everything before the method. */
    String className() {
        int dot = benchmark.lastIndexOf('.');
        String cls = dot < 0 ? benchmark : benchmark.substring(0, dot);
        return cls.substring(cls.lastIndexOf('.') + 1);
    }

    /** {@code threads=4, size=100}, or "" without params. */
    String paramText() {
        return String.join(", ", params.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
    }

    /** Whether a larger score is better: throughput yes; time per operation no. */
    boolean higherIsBetter() {
        return mode.equals("thrpt");
    }
}
