package threadlab.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import threadlab.result.EnvironmentInfo;
import threadlab.result.MachineFacts;

/** The environment fingerprint as a table: one row per property, one column per run (two when comparing). */
final class EnvironmentTable {

    /** Stands in for a run whose environment is unknown (no or broken results.json). */
    static final EnvironmentInfo NONE = new EnvironmentInfo(null, null, null, 0, null, null, null, null, 0, null, 0);

    private EnvironmentTable() {}

    static Table of(List<String> names, List<EnvironmentInfo> envs) {
        List<String> headers = new ArrayList<>();
        headers.add("");
        headers.addAll(names);
        List<List<String>> rows = new ArrayList<>();
        row(rows, "JDK", envs, e -> e.jdk());
        row(rows, "vendor", envs, e -> e.vendor());
        row(rows, "VM", envs, e -> e.vm());
        row(rows, "cores", envs, e -> e.cores() > 0 ? Integer.toString(e.cores()) : null);
        row(rows, "CPU", envs, e -> e.cpu());
        row(rows, "OS", envs, e -> e.os() == null ? null : e.os() + (e.arch() == null ? "" : " (" + e.arch() + ")"));
        row(
                rows,
                "memory",
                envs,
                e -> e.memoryBytes() == null ? null : String.format("%.1f GB", e.memoryBytes() / 1e9));
        row(
                rows,
                "max heap",
                envs,
                e -> e.maxHeapBytes() > 0 ? String.format("%.1f GB", e.maxHeapBytes() / 1e9) : null);
        row(
                rows,
                "carrier parallelism",
                envs,
                e -> e.carrierParallelism() > 0 ? Integer.toString(e.carrierParallelism()) : null);
        row(
                rows,
                "JVM args",
                envs,
                e -> e.jvmArgs() == null ? null : e.jvmArgs().isEmpty() ? "(none)" : String.join(" ", e.jvmArgs()));
        if (envs.stream().anyMatch(e -> e.noiseFloor() != null)) {
            row(rows, "noise floor", envs, NoiseFloorText::cell);
        }
        if (envs.stream().anyMatch(e -> e.machine() != null)) {
            machineRows(rows, envs);
        }
        return new Table(
                "Where the runs were measured; the limits below are the OS's, and the conclusions name those that bound a run.",
                headers,
                rows);
    }

    /** The OS limits and the tools found: rows only where a run folder recorded them. */
    private static void machineRows(List<List<String>> rows, List<EnvironmentInfo> envs) {
        row(rows, "listen backlog cap", envs, e -> limit(e, m -> m.backlogCap()));
        row(
                rows,
                "connects held to",
                envs,
                e -> e.machine() == null || e.machine().connectBound() == null
                        ? null
                        : e.machine().connectBound() == 0
                                ? "no bound"
                                : Formats.count(e.machine().connectBound()));
        row(rows, "descriptor limit", envs, e -> limit(e, m -> m.descriptors()));
        row(rows, "thread limit", envs, e -> limit(e, m -> m.threads()));
        row(
                rows,
                "/dev/shm",
                envs,
                e -> e.machine() == null ? null : e.machine().sharedMemory() == null ? "absent" : "present");
        row(
                rows,
                "20 µs park took",
                envs,
                e -> e.machine() == null || e.machine().timedParkMicros() == null
                        ? null
                        : Formats.number(e.machine().timedParkMicros()) + " µs"
                                + (Boolean.TRUE.equals(e.machine().timedParkCoarse())
                                        ? " (coarse: pollers do not park)"
                                        : ""));
        row(
                rows,
                "Python",
                envs,
                e -> e.machine() == null
                        ? null
                        : e.machine().python() == null
                                ? e.machine().pythonProblem()
                                : e.machine().python().version() + ", GIL "
                                        + e.machine().python().gil());
        row(
                rows,
                "other JDKs found",
                envs,
                e -> e.machine() == null || e.machine().jdks() == null
                        ? null
                        : String.join(
                                ", ",
                                e.machine().jdks().stream()
                                        .filter(j -> !j.foundBy().contains("this JVM"))
                                        .map(j -> j.version() + (j.usable() ? "" : " (refused: older than 21)"))
                                        .toList()));
    }

    private static String limit(EnvironmentInfo e, Function<MachineFacts, MachineFacts.LimitFact> which) {
        if (e.machine() == null || which.apply(e.machine()) == null) {
            return null;
        }
        MachineFacts.LimitFact l = which.apply(e.machine());
        return l.value() == null ? "unknown: " + l.source() : Formats.count(l.value()) + " (" + l.source() + ")";
    }

    private static void row(
            List<List<String>> rows, String label, List<EnvironmentInfo> envs, Function<EnvironmentInfo, String> f) {
        List<String> row = new ArrayList<>();
        row.add(label);
        envs.forEach(e -> row.add(Formats.orMissing(f.apply(e))));
        rows.add(row);
    }
}
