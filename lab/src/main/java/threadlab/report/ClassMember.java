package threadlab.report;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import threadlab.result.EnvironmentInfo;
import threadlab.workload.Nature;

/**
 * One run folder of a class view: its name, machine, verdict rows, and the three figures the
 * class charts set side by side, found in whatever lessons the folder ran (absent: empty).
 */
record ClassMember(
        String name,
        EnvironmentInfo env,
        List<VerdictRow> verdicts,
        Optional<Speedup> cpuSpeedup,
        Optional<ModeCell> virtualBound,
        Optional<Long> pinnedInSynchronized) {

    /** CPU work's best speedup over sequential on a platform pool, and how many workers it could use at most. */
    record Speedup(String workload, String mode, double speedup, int usable) {}

    static ClassMember of(RunFolder folder) {
        Map<String, List<ModeCell>> cells = ReportBuilder.measuredCells(folder);
        EnvironmentInfo env = folder.results().environment();
        int cores = env != null && env.cores() > 0 ? env.cores() : 1;
        List<ModeCell> all = cells.values().stream().flatMap(List::stream).toList();
        return new ClassMember(
                folder.name(),
                env,
                ReportBuilder.verdicts(folder),
                speedup(cells, cores),
                all.stream()
                        .filter(c -> c.nature() == Nature.IO
                                && c.mode().equals("virtual")
                                && c.prediction() != null
                                && c.wall() > 0)
                        .max(Comparator.comparingInt(ModeCell::tasks)),
                all.stream()
                        .filter(c -> c.workloadName().equals("pinning")
                                && "synchronized".equals(c.param("block"))
                                && c.pinnedEvents() != null)
                        .map(ModeCell::pinnedEvents)
                        .max(Long::compare));
    }

    int cores() {
        return env == null ? 0 : env.cores();
    }

    String jdk() {
        return env == null || env.jdk() == null ? Formats.MISSING : env.jdk();
    }

    /** Over every CPU workload with a sequential cell: the platform pool that beat it most. */
    private static Optional<Speedup> speedup(Map<String, List<ModeCell>> cells, int cores) {
        Speedup best = null;
        for (List<ModeCell> lesson : cells.values()) {
            Map<String, List<ModeCell>> byWorkload = new ExperimentRuns("", lesson, cores).byWorkload();
            for (List<ModeCell> w : byWorkload.values()) {
                Optional<ModeCell> seq =
                        ExperimentRuns.find(w, "sequential").filter(c -> c.nature() == Nature.CPU && c.wall() > 0);
                if (seq.isEmpty()) {
                    continue;
                }
                for (ModeCell c : w) {
                    if (!ModeNames.name(c.mode()).equals("platform-pool") || c.wall() <= 0) {
                        continue;
                    }
                    int usable = Math.min(Math.min(cores, ModeNames.boundValue(c.mode())), c.tasks());
                    Speedup s = new Speedup(c.workload(), c.mode(), seq.get().wall() / c.wall(), usable);
                    if (best == null
                            || s.usable() > best.usable()
                            || (s.usable() == best.usable() && s.speedup() > best.speedup())) {
                        best = s;
                    }
                }
            }
        }
        return Optional.ofNullable(best);
    }
}
