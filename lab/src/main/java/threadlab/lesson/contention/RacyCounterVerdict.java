package threadlab.lesson.contention;

import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import threadlab.report.Evidence;
import threadlab.report.Formats;
import threadlab.report.Judgement;
import threadlab.report.Measure;
import threadlab.report.ModeCell;
import threadlab.report.Threshold;
import threadlab.report.Verdict;
import threadlab.result.RunResult;

/**
 * A counter incremented by many threads with no lock loses updates: counted by the lab's own
 * {@code counter:lock=none} on more than one thread (the fewest lost in any repeat of the mode
 * that lost most), and by jcstress's {@code Race_01_LostUpdate} (samples that raced). One lost
 * update, in either, shows it.
 */
public final class RacyCounterVerdict implements Verdict {

    static final String STRESS_TEST = "Race_01_LostUpdate";

    @Override
    public String claim() {
        return "A racy counter loses updates (the counter and jcstress)";
    }

    @Override
    public Judgement judge(Evidence evidence) {
        Optional<ModeCell> racy = evidence.cells("contention").stream()
                .filter(c -> "none".equals(c.param("lock"))
                        && !c.mode().equals("sequential")
                        && c.runs().stream().anyMatch(r -> r.lostUpdates() != null))
                .max(Comparator.comparingDouble(ModeCell::lostFraction));
        Optional<Evidence.StressCount> stress = evidence.jcstress(STRESS_TEST);
        if (racy.isEmpty() && stress.isEmpty()) {
            return Judgement.notRun("no lock=none counter or " + STRESS_TEST + " here (run contention, jcstress)");
        }
        long lowLost = racy.map(c -> c.runs().stream()
                        .map(RunResult::lostUpdates)
                        .filter(Objects::nonNull)
                        .mapToLong(Long::longValue)
                        .min()
                        .orElse(0))
                .orElse(0L);
        long raced = stress.map(Evidence.StressCount::raced).orElse(0L);
        String counter = racy.map(c -> "counter on " + c.mode() + " lost " + Formats.percent(c.lostFraction()))
                .orElse("no counter run");
        String jcstress = stress.map(s -> STRESS_TEST + " raced in " + Formats.count(s.raced()) + " of "
                        + Formats.count(s.samples()) + " samples")
                .orElse("no jcstress results");
        double low = Math.max(lowLost, raced);
        return Judgement.of(
                counter + "; " + jcstress, new Measure(low, low, low), Threshold.atLeast(1, "one lost update or more"));
    }
}
