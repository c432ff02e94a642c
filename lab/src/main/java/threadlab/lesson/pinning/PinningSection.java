package threadlab.lesson.pinning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;
import threadlab.report.ChartImage;
import threadlab.report.Charts;
import threadlab.report.ExperimentRuns;
import threadlab.report.Formats;
import threadlab.report.ModeCell;
import threadlab.report.PinningRules;
import threadlab.report.SectionRenderer;

/**
 * {@code pinning}: wall time, throughput and JFR pinned events per way of blocking (synchronized,
 * ReentrantLock, class initialiser) on 1 and 2 carriers. The conclusions say, from the pinned
 * counts, which ways pinned on the JDK that ran, whether that is what the JDK is known to do, and
 * how much it cost: pinned, the sleeps go through {@code carriers} at a time.
 */
public final class PinningSection implements SectionRenderer {

    @Override
    public List<ChartImage> charts(ExperimentRuns runs) {
        TreeSet<Integer> carriers = carriers(runs);
        CategoryChart walls = Charts.bars(
                "Wall time of the sleeps by where the virtual thread blocks", "blocks inside", "wall s (median)");
        CategoryChart pinned = Charts.bars(
                "JFR jdk.VirtualThreadPinned events per run", "blocks inside", "pinned events (most in a run)");
        int shade = 0;
        for (int c : carriers) {
            List<Number> wall = new ArrayList<>();
            List<Number> counts = new ArrayList<>();
            for (String block : PinningWorkload.BLOCKS) {
                Optional<ModeCell> cell = cell(runs, block, c);
                wall.add(cell.map(ModeCell::wall).orElse(0.0));
                counts.add(cell.map(ModeCell::pinnedEvents).orElse(0L));
            }
            String label = c + (c == 1 ? " carrier" : " carriers");
            CategorySeries t = walls.addSeries(label, PinningWorkload.BLOCKS, wall);
            CategorySeries p = pinned.addSeries(label, PinningWorkload.BLOCKS, counts);
            Charts.colour(t, "virtual", shade);
            Charts.colour(p, "virtual", shade);
            shade++;
        }
        String jdk = PinningRules.name(runs.jdk());
        return List.of(
                Charts.png(
                        "pinning-wall.png",
                        "Median wall time of all the sleeps for each way of blocking, per carrier count, on " + jdk
                                + ". A pinned sleep keeps its carrier, so pinned tasks go through a carrier-full at a time; unpinned, they all sleep at once.",
                        walls),
                Charts.png(
                        "pinning-events.png",
                        "Pinned events counted by JFR (threshold 0) in a run, on " + jdk + ".",
                        pinned));
    }

    @Override
    public List<String> conclusions(ExperimentRuns runs) {
        List<String> sentences = new ArrayList<>();
        int feature = PinningRules.feature(runs.jdk());
        String jdk = PinningRules.name(runs.jdk());
        Pinned sync = mostPinned(runs, "synchronized");
        Pinned lock = mostPinned(runs, "reentrant-lock");
        Pinned init = mostPinned(runs, "class-init");
        if (sync == null && init == null) {
            sentences.add("No synchronized or class-init runs with pinned-event counts to compare.");
            return sentences;
        }
        boolean expectSync = PinningRules.synchronizedPins(feature);
        sentences.add(String.format(
                "On %s, blocking inside synchronized %s (%s) and inside a class initialiser %s (%s), with "
                        + "ReentrantLock %s (%s): %s; and %s.",
                jdk,
                pinnedOrNot(sync),
                count(sync),
                pinnedOrNot(init),
                count(init),
                pinnedOrNot(lock),
                count(lock),
                PinningRules.whySynchronized(feature),
                PinningRules.whyClassInit()));
        if (sync != null && sync.pinsTasks() != expectSync && feature > 0) {
            sentences.add(String.format(
                    "That is not what JDK %d is known to do (synchronized %s): check the JVM flags of the run.",
                    feature, expectSync ? "pins up to JDK 23" : "no longer pins since JDK 24"));
        }
        for (int c : carriers(runs)) {
            Optional<ModeCell> free = cell(runs, "reentrant-lock", c);
            for (String block : List.of("synchronized", "class-init")) {
                Optional<ModeCell> cell = cell(runs, block, c);
                if (cell.isEmpty() || free.isEmpty() || cell.get().throughput() <= 0) {
                    continue;
                }
                ModeCell pinned = cell.get();
                long ms = pinned.longParam("ms", 0);
                double serial = pinned.tasks() * ms / 1000.0 / c;
                boolean wasPinned = PinnedShare.pinsTasks(pinned.pinnedEvents(), pinned.tasks());
                String how = wasPinned
                        ? String.format(
                                "pinned, %s sleeps of %d ms go through %d at a time: %s s predicted, %s s measured",
                                Formats.count(pinned.tasks()),
                                ms,
                                c,
                                Formats.seconds(serial),
                                Formats.seconds(pinned.wall()))
                        : String.format(
                                "not pinned, all %s sleeps overlap: %s s measured against %s s if they had gone %d at a time",
                                Formats.count(pinned.tasks()),
                                Formats.seconds(pinned.wall()),
                                Formats.seconds(serial),
                                c);
                sentences.add(String.format(
                        "With %d carrier%s, %s ran %s tasks/s against %s for ReentrantLock%s: %s.",
                        c,
                        c == 1 ? "" : "s",
                        block,
                        Formats.number(pinned.throughput()),
                        Formats.number(free.get().throughput()),
                        wasPinned
                                ? " (" + Formats.times(free.get().throughput() / pinned.throughput()) + " fewer)"
                                : "",
                        how));
            }
        }
        sentences.add(
                expectSync
                        ? "On JDK 24 or later the same runs would show synchronized unpinned, as fast as ReentrantLock, while the class initialiser still pins."
                        : "On JDK 21 to 23 the same runs would show synchronized pinned too, as slow as the class initialiser; ReentrantLock never pins.");
        return sentences;
    }

    private static TreeSet<Integer> carriers(ExperimentRuns runs) {
        TreeSet<Integer> carriers = new TreeSet<>();
        runs.cells().forEach(c -> carriers.add(c.carriers() == null ? runs.cores() : c.carriers()));
        return carriers;
    }

    private static Optional<ModeCell> cell(ExperimentRuns runs, String block, int carriers) {
        return runs.cells().stream()
                .filter(c -> block.equals(c.param("block"))
                        && (c.carriers() == null ? runs.cores() : c.carriers()) == carriers)
                .findFirst();
    }

    /** A run's pinned events against its tasks. */
    private record Pinned(long events, int tasks) {
        boolean pinsTasks() {
            return PinnedShare.pinsTasks(events, tasks);
        }
    }

    /** The run of this way of blocking with the largest share of its tasks pinned, or null if none was counted. */
    private static Pinned mostPinned(ExperimentRuns runs, String block) {
        return runs.cells().stream()
                .filter(c -> block.equals(c.param("block")) && c.pinnedEvents() != null && c.tasks() > 0)
                .map(c -> new Pinned(c.pinnedEvents(), c.tasks()))
                .max(Comparator.comparingDouble(p -> (double) p.events() / p.tasks()))
                .orElse(null);
    }

    private static String pinnedOrNot(Pinned p) {
        if (p == null) {
            return "was not measured";
        }
        return p.pinsTasks() ? "pinned" : "did not pin";
    }

    private static String count(Pinned p) {
        if (p == null) {
            return Formats.MISSING + " pinned events";
        }
        String counted = Formats.count(p.events()) + " pinned event" + (p.events() == 1 ? "" : "s") + " in "
                + Formats.count(p.tasks()) + " tasks at most in a run";
        return p.events() > 0 && !p.pinsTasks()
                ? counted + ": too few to be the tasks' own blocking, a block elsewhere in the JVM"
                : counted;
    }
}
