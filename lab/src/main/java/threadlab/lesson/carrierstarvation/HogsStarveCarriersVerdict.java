package threadlab.lesson.carrierstarvation;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import threadlab.report.Evidence;
import threadlab.report.Formats;
import threadlab.report.Judgement;
import threadlab.report.Measure;
import threadlab.report.ModeCell;
import threadlab.report.Threshold;
import threadlab.report.Verdict;

/**
 * CPU hogs that never block keep their carriers, and the virtual threads that only sleep wait
 * for them: the sleepers' p99 latency with the most hogs, over their sleep. Holds from
 * {@link CarrierStarvationSection#NEAR} times the sleep, where the section stops calling it near.
 */
public final class HogsStarveCarriersVerdict implements Verdict {

    @Override
    public String claim() {
        return "CPU hogs starve the carriers of virtual threads";
    }

    @Override
    public Judgement judge(Evidence evidence) {
        ModeCell most = evidence.cells("carrier-starvation").stream()
                .filter(c -> c.mode().equals(CarrierStarvationSection.VIRTUAL) && c.p99() > 0)
                .max(Comparator.comparingLong(c -> c.longParam("hogs", 0)))
                .orElse(null);
        long io = most == null ? 0 : most.longParam("ioMs", 0);
        if (most == null || io <= 0) {
            return Judgement.notRun("no virtual-thread starvation runs here (run carrier-starvation)");
        }
        List<Double> p99 = most.runs().stream()
                .map(r -> r.latencyMs() == null ? null : r.latencyMs().p99())
                .filter(Objects::nonNull)
                .toList();
        double low = p99.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
        double high = p99.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
        return Judgement.of(
                String.format(
                        "%d hogs on %s carrier(s): the sleepers' p99 %s ms for a %d ms sleep",
                        most.longParam("hogs", 0), Formats.orMissing(most.carriers()), Formats.number(most.p99()), io),
                new Measure(low, most.p99(), high).times(1.0 / io),
                Threshold.atLeast(
                        CarrierStarvationSection.NEAR,
                        "a p99 at least " + Formats.times(CarrierStarvationSection.NEAR) + " the sleep"));
    }
}
