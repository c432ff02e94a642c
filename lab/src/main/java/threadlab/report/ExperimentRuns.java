package threadlab.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import threadlab.result.MachineFacts;

/**
 * One experiment's cells, the machine's core count that the laws need, the JDK that ran them
 * (the version string of the results' environment, null if unknown), which some behaviour depends
 * on, and the machine's limits (null for run folders written before the lab recorded them).
 */
public record ExperimentRuns(String id, List<ModeCell> cells, int cores, String jdk, MachineFacts machine) {

    public ExperimentRuns {
        cells = List.copyOf(cells);
    }

    ExperimentRuns(String id, List<ModeCell> cells, int cores, String jdk) {
        this(id, cells, cores, jdk, null);
    }

    ExperimentRuns(String id, List<ModeCell> cells, int cores) {
        this(id, cells, cores, null, null);
    }

    /** Cells per workload spec, in the order the workloads ran. */
    public Map<String, List<ModeCell>> byWorkload() {
        Map<String, List<ModeCell>> map = new LinkedHashMap<>();
        for (ModeCell c : cells) {
            map.computeIfAbsent(c.workload(), k -> new ArrayList<>()).add(c);
        }
        return map;
    }

    /** Cells per task count within one workload, in increasing task count. */
    public static NavigableMap<Integer, List<ModeCell>> byTasks(List<ModeCell> cells) {
        NavigableMap<Integer, List<ModeCell>> map = new TreeMap<>();
        for (ModeCell c : cells) {
            map.computeIfAbsent(c.tasks(), k -> new ArrayList<>()).add(c);
        }
        return map;
    }

    /** Mode ids in the order they first ran. */
    public static List<String> modes(List<ModeCell> cells) {
        LinkedHashSet<String> modes = new LinkedHashSet<>();
        cells.forEach(c -> modes.add(c.mode()));
        return List.copyOf(modes);
    }

    public static Optional<ModeCell> find(List<ModeCell> cells, String mode) {
        return cells.stream().filter(c -> c.mode().equals(mode)).findFirst();
    }

    /** How many members of the same mode family came before {@code mode} in {@code modes}: the shade of its colour. */
    public static int variant(List<String> modes, String mode) {
        String family = ModeNames.name(mode);
        int n = 0;
        for (String m : modes) {
            if (m.equals(mode)) {
                return n;
            }
            if (ModeNames.name(m).equals(family)) {
                n++;
            }
        }
        return n;
    }
}
