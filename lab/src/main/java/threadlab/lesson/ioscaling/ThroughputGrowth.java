package threadlab.lesson.ioscaling;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import threadlab.report.Claim;
import threadlab.report.ExperimentRuns;
import threadlab.report.Formats;
import threadlab.report.ModeCell;
import threadlab.report.ModeNames;
import threadlab.report.Sentences;
import threadlab.report.Spread;

/** The io-scaling sentence on how each mode's throughput grew with the task count, claimed only where its spread allows. */
final class ThroughputGrowth {

    private ThroughputGrowth() {}

    /**
     * How throughput grew from the smallest task count to the largest, per mode, with the range
     * the repeats allow; a mode whose range includes no growth is said to show none measurable.
     */
    static Optional<String> sentence(
            List<ModeCell> cells,
            List<ModeCell> atSmallest,
            List<ModeCell> atLargest,
            int smallest,
            int largest,
            String noun) {
        List<String> grew = new ArrayList<>();
        List<String> flat = new ArrayList<>();
        for (String mode : ExperimentRuns.modes(cells)) {
            var from = ExperimentRuns.find(atSmallest, mode);
            var to = ExperimentRuns.find(atLargest, mode);
            if (from.isEmpty() || to.isEmpty() || !(from.get().throughput() > 0)) {
                continue;
            }
            Spread ratio = to.get().throughputSpread().over(from.get().throughputSpread());
            String range =
                    ratio.known() ? " (" + Formats.times(ratio.min()) + ".." + Formats.times(ratio.max()) + ")" : "";
            String item = ModeNames.describe(mode) + " " + Formats.times(ratio.median()) + range;
            if (!ratio.known() || Claim.above(ratio, 1) || Claim.below(ratio, 1)) {
                grew.add(item);
            } else {
                flat.add(item);
            }
        }
        if (grew.isEmpty() && flat.isEmpty()) {
            return Optional.empty();
        }
        String sentence = String.format(
                "From %s to %s %s (%sx more), throughput grew: %s",
                Formats.count(smallest),
                Formats.count(largest),
                noun,
                Formats.number((double) largest / smallest),
                grew.isEmpty() ? "in no mode by more than its spread" : Sentences.list(grew));
        if (!flat.isEmpty()) {
            sentence += "; for " + Sentences.list(flat) + ": " + Claim.NO_DIFFERENCE;
        }
        return Optional.of(sentence + ".");
    }
}
