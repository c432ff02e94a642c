package threadlab.lesson.ipcchannels;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import threadlab.report.ModeCell;
import threadlab.result.RunResult;

/**
 * Where the two ends of an echo ran during one run, from its {@code sameCoreShare}: on one core
 * (in at least two samples of three), on two, moving between them, or not known (an OS that does
 * not say, a run folder written before the lab read it). Runs of one channel in different
 * placements are different measurements: on a 2-core virtual machine a pipe's round trip took
 * 3 µs in every run with both ends on one core, and on two cores either that or 55-76 µs, and a run
 * lands on either core.
 */
enum EndsPlacement {
    ONE_CORE("both ends on one core"),
    TWO_CORES("the ends on two cores"),
    MOVING("the ends moving between cores"),
    UNKNOWN("");

    private static final double MOSTLY = 2.0 / 3;

    /** "both ends on one core"; empty where the placement is not known. */
    private final String words;

    EndsPlacement(String words) {
        this.words = words;
    }

    /** ", both ends on one core", to follow what was measured; empty where the placement is not known. */
    String clause() {
        return words.isEmpty() ? "" : ", " + words;
    }

    static EndsPlacement of(RunResult run) {
        Double share = run.extra(TransferFields.class).sameCoreShare();
        if (share == null || share.isNaN()) {
            return UNKNOWN;
        }
        if (share >= MOSTLY) {
            return ONE_CORE;
        }
        return share <= 1 - MOSTLY ? TWO_CORES : MOVING;
    }

    /** The cell's runs per placement, each as a cell of its own, in this enum's order; placements without a run are left out. */
    static Map<EndsPlacement, ModeCell> split(ModeCell cell) {
        Map<EndsPlacement, List<RunResult>> runs = new EnumMap<>(EndsPlacement.class);
        for (RunResult run : cell.runs()) {
            runs.computeIfAbsent(of(run), p -> new ArrayList<>()).add(run);
        }
        Map<EndsPlacement, ModeCell> cells = new EnumMap<>(EndsPlacement.class);
        runs.forEach((placement, some) -> cells.put(
                placement,
                new ModeCell(
                        cell.experiment(),
                        cell.workload(),
                        cell.nature(),
                        cell.tasks(),
                        cell.mode(),
                        some,
                        cell.noise())));
        return cells;
    }

    /** Every cell's runs per placement: for each placement, the cells that have runs in it, in the order given. */
    static Map<EndsPlacement, List<ModeCell>> group(List<ModeCell> cells) {
        Map<EndsPlacement, List<ModeCell>> groups = new EnumMap<>(EndsPlacement.class);
        for (ModeCell cell : cells) {
            split(cell)
                    .forEach((placement, sub) -> groups.computeIfAbsent(placement, p -> new ArrayList<>())
                            .add(sub));
        }
        return groups;
    }
}
