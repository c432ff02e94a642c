package threadlab.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.ToDoubleFunction;
import threadlab.result.RunResult;

/**
 * The table printed after a run: one row per experiment, workload, task count (and carrier count,
 * for runs in a child JVM with carriers of its own) and mode, with the
 * median over repeats and, for wall time, the spread (min..max). A mode this machine could not run
 * (the OS lacks a channel, a transport) says so in its row: not measured here, and why.
 */
final class ResultTable {

    private ResultTable() {}

    static void print(PrintWriter out, List<RunResult> runs) {
        Map<String, Map<String, List<RunResult>>> sections = new LinkedHashMap<>();
        for (RunResult r : runs) {
            sections.computeIfAbsent(
                            r.experiment() + ": " + r.workload() + " x " + String.format("%,d", r.tasks())
                                    + (r.carriers() == null ? "" : ", " + r.carriers() + " carrier(s)"),
                            k -> new LinkedHashMap<>())
                    .computeIfAbsent(r.mode(), k -> new java.util.ArrayList<>())
                    .add(r);
        }
        int width = Math.max(
                20, runs.stream().mapToInt(r -> r.mode().length()).max().orElse(0));
        String header = "  %-" + width + "s %5s %22s %12s %10s %8s %8s %10s  %s%n";
        String row = "  %-" + width + "s %5d %22s %12s %10s %8s %8d %10s  %s%n";
        sections.forEach((title, byMode) -> {
            out.printf("%n%s%n", title);
            out.printf(
                    header,
                    "mode",
                    "runs",
                    "wall s (min..max)",
                    "tasks/s",
                    "p99 ms",
                    "CPU s",
                    "threads",
                    "efficiency",
                    "checksum / notes");
            byMode.forEach((mode, rs) -> {
                if (rs.stream().noneMatch(RunResult::measured)) {
                    out.printf(
                            "  %-" + width + "s %5d  not measured here: %s%n",
                            mode,
                            rs.size(),
                            rs.get(0).notMeasured());
                    return;
                }
                out.printf(
                        row,
                        mode,
                        rs.size(),
                        String.format("%.3f (%.3f..%.3f)", median(rs, RunResult::wallSeconds), min(rs), max(rs)),
                        String.format("%,.1f", median(rs, RunResult::throughputPerSecond)),
                        milliseconds(median(
                                rs,
                                r -> r.latencyMs() == null
                                        ? Double.NaN
                                        : r.latencyMs().p99())),
                        format(median(rs, r -> r.cpuSeconds() == null ? Double.NaN : r.cpuSeconds()), "%.2f"),
                        rs.stream().mapToInt(RunResult::peakThreads).max().orElse(0),
                        format(100 * median(rs, r -> r.efficiency() == null ? Double.NaN : r.efficiency()), "%.0f%%"),
                        notes(rs));
            });
        });
        out.flush();
    }

    private static String notes(List<RunResult> rs) {
        RunResult last = rs.get(rs.size() - 1);
        // a run that failed before any task ended has no checksum: its error was printed as it ended
        StringBuilder sb = new StringBuilder(last.checksum() != null ? last.checksum() : "no checksum");
        double lost = median(rs, ResultTable::lostFraction);
        if (!Double.isNaN(lost) && lost > 0) {
            sb.append(String.format("  lost %.1f%% of updates", 100 * lost));
        }
        long pinned = rs.stream()
                .map(RunResult::pinnedEvents)
                .filter(Objects::nonNull)
                .mapToLong(Long::longValue)
                .max()
                .orElse(0);
        if (pinned > 0) {
            sb.append(String.format("  pinned %,d", pinned));
        }
        if (rs.stream().anyMatch(r -> Boolean.TRUE.equals(r.stalled()))) {
            sb.append("  STALLED");
        }
        rs.stream()
                .map(RunResult::error)
                .filter(Objects::nonNull)
                .findFirst()
                .ifPresent(e -> sb.append("  ERROR: ").append(e));
        return sb.toString();
    }

    /** Lost updates over expected updates; the checksum of a counter run is its final value. */
    private static double lostFraction(RunResult r) {
        if (r.lostUpdates() == null) {
            return Double.NaN;
        }
        double expected = r.lostUpdates() + (double) Long.parseUnsignedLong(r.checksum(), 16);
        return expected == 0 ? 0 : r.lostUpdates() / expected;
    }

    private static double median(List<RunResult> rs, ToDoubleFunction<RunResult> f) {
        double[] v = rs.stream()
                .mapToDouble(f)
                .filter(d -> !Double.isNaN(d))
                .sorted()
                .toArray();
        if (v.length == 0) {
            return Double.NaN;
        }
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    private static double min(List<RunResult> rs) {
        return rs.stream().mapToDouble(RunResult::wallSeconds).min().orElse(Double.NaN);
    }

    private static double max(List<RunResult> rs) {
        return rs.stream().mapToDouble(RunResult::wallSeconds).max().orElse(Double.NaN);
    }

    /** Milliseconds with three significant decimals below 1 ms (a microsecond matters there). */
    private static String milliseconds(double ms) {
        return format(ms, ms < 1 ? "%.3f" : "%.1f");
    }

    private static String format(double value, String pattern) {
        return Double.isNaN(value) ? "-" : String.format(pattern, value);
    }
}
