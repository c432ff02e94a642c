package threadlab.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import threadlab.result.EnvironmentInfo;

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
        row(rows, "memory", envs, e -> e.memoryBytes() == null ? null : String.format("%.1f GB", e.memoryBytes() / 1e9));
        row(rows, "max heap", envs, e -> e.maxHeapBytes() > 0 ? String.format("%.1f GB", e.maxHeapBytes() / 1e9) : null);
        row(rows, "carrier parallelism", envs, e -> e.carrierParallelism() > 0 ? Integer.toString(e.carrierParallelism()) : null);
        row(rows, "JVM args", envs, e -> e.jvmArgs() == null ? null : e.jvmArgs().isEmpty() ? "(none)" : String.join(" ", e.jvmArgs()));
        return new Table("Where the runs were measured.", headers, rows);
    }

    private static void row(List<List<String>> rows, String label, List<EnvironmentInfo> envs, Function<EnvironmentInfo, String> f) {
        List<String> row = new ArrayList<>();
        row.add(label);
        envs.forEach(e -> row.add(Formats.orMissing(f.apply(e))));
        rows.add(row);
    }
}
