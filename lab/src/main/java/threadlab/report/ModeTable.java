package threadlab.report;

import java.util.ArrayList;
import java.util.List;
import threadlab.result.Prediction;
import threadlab.result.RunResult;

/**
 * The table every experiment section shows: one row per workload, task count and mode, with the
 * median over repeats and the wall time's spread. The workload and task columns appear only when
 * they vary; the lost-updates column only for counter workloads; the carriers, heap-per-task and
 * stalled columns only where runs measured them. A mode this machine could not run gets a row
 * that says "not measured here" and why, with no numbers.
 */
final class ModeTable {

    private ModeTable() {}

    static Table of(String caption, List<ModeCell> cells) {
        return of(caption, cells, List.of());
    }

    /** As {@link #of(String, List)}, with a row per mode this machine could not run: "not measured here", and why. */
    static Table of(String caption, List<ModeCell> cells, List<RunResult> absent) {
        boolean workloads = cells.stream().map(ModeCell::workload).distinct().count() > 1;
        boolean tasks = cells.stream().map(ModeCell::tasks).distinct().count() > 1;
        boolean lost = cells.stream().anyMatch(ModeCell::countsLostUpdates);
        boolean carriers = cells.stream().anyMatch(c -> c.carriers() != null);
        boolean heap = cells.stream().anyMatch(c -> !Double.isNaN(c.heapBytesPerTask()));
        boolean stalled = cells.stream().anyMatch(c -> c.stalled() != null);
        List<String> headers = new ArrayList<>();
        if (workloads) {
            headers.add("workload");
        }
        if (tasks) {
            headers.add("tasks");
        }
        if (carriers) {
            headers.add("carriers");
        }
        headers.addAll(List.of(
                "mode",
                "runs",
                "wall s (median)",
                "wall spread (min..max)",
                "tasks/s",
                "p50 ms",
                "p99 ms",
                "CPU s",
                "peak threads",
                "peak RSS MB",
                "pinned",
                "predicted wall s",
                "efficiency"));
        if (lost) {
            headers.add("lost updates");
        }
        if (heap) {
            headers.add("heap KB per task");
        }
        if (stalled) {
            headers.add("stalled runs");
        }
        headers.add("notes");
        List<List<String>> rows = new ArrayList<>();
        for (ModeCell c : cells) {
            List<String> row = new ArrayList<>();
            leading(row, c, workloads, tasks, carriers);
            Prediction p = c.prediction();
            row.addAll(List.of(
                    c.mode(),
                    Integer.toString(c.runs().size()),
                    Formats.seconds(c.wall()),
                    Formats.seconds(c.wallMin()) + ".." + Formats.seconds(c.wallMax()),
                    Formats.number(c.throughput()),
                    Formats.number(c.p50()),
                    Formats.number(c.p99()),
                    Formats.number(c.cpu()),
                    Formats.count(c.peakThreads()),
                    Formats.megabytes(c.peakRss()),
                    Formats.orMissing(c.pinnedEvents()),
                    p == null ? Formats.MISSING : Formats.seconds(p.wallSeconds()) + " (" + p.boundName() + ")",
                    Formats.percent(c.efficiency())));
            if (lost) {
                row.add(Formats.percent(c.lostFraction()));
            }
            if (heap) {
                row.add(Formats.number(c.heapBytesPerTask() / 1024));
            }
            if (stalled) {
                row.add(
                        c.stalled() == null
                                ? Formats.MISSING
                                : c.stalledRuns() + " of " + c.runs().size());
            }
            List<String> errors = c.errors();
            row.add(
                    !errors.isEmpty()
                            ? errors.size() + " failed: " + errors.get(0)
                            : c.cause() != null
                                    ? c.cause()
                                    : c.noPrediction() != null ? "no prediction: " + c.noPrediction() : "");
            rows.add(row);
        }
        for (ModeCell c : ModeCell.group(absent)) {
            List<String> row = new ArrayList<>();
            leading(row, c, workloads, tasks, carriers);
            row.add(c.mode());
            row.add(Integer.toString(c.runs().size()));
            row.add(NotMeasured.LABEL);
            while (row.size() < headers.size() - 1) {
                row.add(Formats.MISSING);
            }
            row.add(c.runs().get(0).notMeasured());
            rows.add(row);
        }
        return new Table(caption, headers, rows);
    }

    /** The columns that appear only when they vary: workload, tasks, carriers. */
    private static void leading(List<String> row, ModeCell c, boolean workloads, boolean tasks, boolean carriers) {
        if (workloads) {
            row.add(c.workload());
        }
        if (tasks) {
            row.add(Formats.count(c.tasks()));
        }
        if (carriers) {
            row.add(Formats.orMissing(c.carriers()));
        }
    }
}
