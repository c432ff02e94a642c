package threadlab.lesson.measurementoverhead;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import threadlab.report.Formats;
import threadlab.report.ModeCell;
import threadlab.report.Stats;

/**
 * What else the machine ran while the CPU rounds of measurement-overhead ran, since other programs
 * on the cores weigh on a 2-worker speedup as much as a meter could: the cores' worth of CPU other
 * processes used during each run ({@code otherCpuSeconds} over the wall the meter covered, the
 * child JVM's whole run for the unmetered pool), or, in folders written before the lab measured
 * that, the one-minute load average the unmetered runs recorded.
 *
 * @param others the others' cores per run, empty where no run measured them
 * @param loads the load averages, read only where {@code others} is empty
 */
record BesideTheRounds(List<Double> others, List<Double> loads, int cores) {

    /**
     * No verdict on the speedups when other processes used at least this share of the cores
     * during a round: a 2-worker speedup then says more about them than about the meter.
     */
    static final double OTHERS_BUSY = 0.25;

    static BesideTheRounds of(List<ModeCell> cells, List<String> modes, int cores) {
        List<Double> others = new ArrayList<>();
        List<Double> loads = new ArrayList<>();
        for (String mode : modes) {
            Computing.find(cells, mode)
                    .ifPresent(cell -> cell.runs().forEach(r -> {
                        UnmeteredFields unmetered = mode.equals(MeasurementOverheadSection.PLAIN_POOL)
                                ? r.extra(UnmeteredFields.class)
                                : null;
                        Double wall = unmetered != null && unmetered.meteredWallSeconds() != null
                                ? unmetered.meteredWallSeconds()
                                : Double.valueOf(r.wallSeconds());
                        Double share = Computing.share(r.otherCpuSeconds(), wall);
                        if (share != null) {
                            others.add(share);
                        }
                        if (unmetered != null && unmetered.loadAverage() != null) {
                            loads.add(unmetered.loadAverage());
                        }
                    }));
        }
        return new BesideTheRounds(List.copyOf(others), List.copyOf(loads), cores);
    }

    /** Whether other programs shared the cores enough to withhold the verdict. */
    boolean busy() {
        if (!others.isEmpty()) {
            return Stats.max(others) >= OTHERS_BUSY * cores;
        }
        return !loads.isEmpty() && Stats.max(loads) >= cores;
    }

    /** The sentence that says so, or empty where nothing was recorded. */
    Optional<String> sentence() {
        if (!others.isEmpty()) {
            return Optional.of(words(
                    "Other processes used %s to %s of the %d cores during these rounds (the machine's busy time less the runs' own): %s",
                    others));
        }
        if (!loads.isEmpty()) {
            return Optional.of(words(
                    "The machine's one-minute load average was %s to %s over these rounds, on %d cores: %s", loads));
        }
        return Optional.empty();
    }

    private String words(String format, List<Double> figures) {
        return String.format(
                format,
                Formats.number(Stats.min(figures)),
                Formats.number(Stats.max(figures)),
                cores,
                busy()
                        ? "other programs shared the cores, and the speedups say as much about them as about the meter."
                        : "the cores were the runs' own.");
    }
}
