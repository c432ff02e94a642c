package threadlab.lesson.ipcchannels;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import threadlab.report.Claim;
import threadlab.report.Formats;
import threadlab.report.ModeCell;
import threadlab.report.Ranking;
import threadlab.report.Sentences;
import threadlab.report.Spread;

/**
 * The sentences of ipc-channels about the small message's round trip. Runs are grouped by where
 * the two ends ran ({@link EndsPlacement}), since that can move a round trip by more than the
 * channel does; within each placement the channels are ranked by median round trip in tiers
 * ({@link Ranking}), an order claimed only where the intervals lie apart. A channel measured in two
 * placements is said to differ between them only where its two intervals lie apart too.
 */
final class RoundTripSentences {

    /** Latencies are recorded to the microsecond: no two medians closer than that are told apart. */
    private static final double RESOLUTION_MS = 0.001;

    private RoundTripSentences() {}

    static List<String> of(List<ModeCell> cells) {
        List<ModeCell> measured = cells.stream()
                .filter(c -> !Double.isNaN(c.p50()) && c.errors().isEmpty())
                .toList();
        List<String> sentences = new ArrayList<>();
        if (measured.isEmpty()) {
            return sentences;
        }
        Map<EndsPlacement, List<ModeCell>> groups = EndsPlacement.group(measured);
        placementSentence(measured).ifPresent(sentences::add);
        groups.forEach((placement, group) -> sentences.add(ranking(placement, group)));
        return sentences;
    }

    /** The median round trip's interval: the repeats', at least the machine's noise and the recording's resolution. */
    static Spread p50(ModeCell cell) {
        return cell.spread(r -> r.latencyMs() == null ? null : r.latencyMs().p50())
                .widened(cell.noise().relative())
                .atLeast(RESOLUTION_MS);
    }

    /** "Median round trip of one 8-byte message with both ends on one core: shared-memory under 1 µs (3 runs); then ...". */
    private static String ranking(EndsPlacement placement, List<ModeCell> group) {
        List<ModeCell> ranked =
                group.stream().sorted(Comparator.comparingDouble(ModeCell::p50)).toList();
        List<List<ModeCell>> tiers = Ranking.tiers(ranked, RoundTripSentences::p50);
        Optional<ModeCell> pipe = group.stream()
                .filter(c -> IpcChannelsSection.channel(c).equals("pipe"))
                .findFirst();
        List<String> parts = new ArrayList<>();
        for (List<ModeCell> tier : tiers) {
            boolean pipeHere = pipe.isPresent() && tier.contains(pipe.get());
            List<String> members = tier.stream()
                    .map(c -> member(c, pipeHere ? Optional.empty() : pipe))
                    .toList();
            parts.add(Sentences.list(members) + (tier.size() > 1 ? ", " + Claim.NO_DIFFERENCE + " between them" : ""));
        }
        return String.format(
                "Median round trip of one %s message%s: %s.",
                IpcChannelsSection.size(ranked.get(0)), placement.clause(), String.join("; then ", parts));
    }

    /** "pipe 3.00 µs (3 runs)", with "(N x faster than pipes)" where pipes lie in another tier. */
    private static String member(ModeCell c, Optional<ModeCell> pipe) {
        String text = IpcChannelsSection.channel(c) + " " + microsText(c.p50()) + " ("
                + runs(c.runs().size());
        if (pipe.isPresent() && pipe.get().p50() > 0 && c.p50() > 0) {
            text += ", " + Sentences.fasterOrSlower(pipe.get().p50(), c.p50()) + " than pipes";
        }
        return text + ")";
    }

    /**
     * Where some channel ran in both placements and its round trip differed between them, which way
     * and why: "Where the two ends ran changed the round trip. Slower on two cores: tcp 6.00 µs on
     * one core, 73.0 µs on two (1 and 3 runs): ...".
     */
    private static Optional<String> placementSentence(List<ModeCell> cells) {
        List<String> slowerApart = new ArrayList<>();
        List<String> fasterApart = new ArrayList<>();
        List<String> same = new ArrayList<>();
        for (ModeCell cell : cells) {
            Map<EndsPlacement, ModeCell> split = EndsPlacement.split(cell);
            ModeCell one = split.get(EndsPlacement.ONE_CORE);
            ModeCell two = split.get(EndsPlacement.TWO_CORES);
            if (one == null || two == null) {
                continue;
            }
            String text = String.format(
                    "%s %s on one core, %s on two (%d and %s)",
                    IpcChannelsSection.channel(cell),
                    microsText(one.p50()),
                    microsText(two.p50()),
                    one.runs().size(),
                    runs(two.runs().size()));
            if (!Claim.apart(p50(one), p50(two))) {
                same.add(text);
            } else {
                (two.p50() > one.p50() ? slowerApart : fasterApart).add(text);
            }
        }
        if (slowerApart.isEmpty() && fasterApart.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder sentence = new StringBuilder("Where the two ends ran changed the round trip.");
        if (!slowerApart.isEmpty()) {
            sentence.append(" Slower on two cores: ")
                    .append(String.join("; ", slowerApart))
                    .append(". A reader that blocks on another core has to be woken there (an interprocessor"
                            + " interrupt, which a virtual machine sends through its hypervisor); one on the core"
                            + " its writer has just left runs as soon as the writer waits.");
        }
        if (!fasterApart.isEmpty()) {
            sentence.append(" Faster on two cores: ")
                    .append(String.join("; ", fasterApart))
                    .append(". A reader that spins needs a core of its own: on the writer's core it spins"
                            + " until the scheduler gives the writer its turn.");
        }
        if (!same.isEmpty()) {
            sentence.append(" For ")
                    .append(String.join("; ", same))
                    .append(": ")
                    .append(Claim.NO_DIFFERENCE)
                    .append('.');
        }
        return Optional.of(sentence.toString());
    }

    static String microsText(double ms) {
        return ms * 1000 < 1 ? "under 1 µs" : Formats.number(ms * 1000) + " µs";
    }

    /** "1 run", "3 runs". */
    static String runs(int n) {
        return n == 1 ? "1 run" : n + " runs";
    }
}
