package threadlab.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A ranking that claims an order only where the data does: cells sorted best first, cut into tiers
 * wherever one cell's interval for the median lies apart from the one before it ({@link
 * Claim#apart}). Within a tier no difference is measurable; between tiers it is. A chain of
 * overlaps (a ~ b ~ c) stays one tier even if a and c are apart: the ranking withholds rather than
 * claims.
 */
public final class Ranking {

    private Ranking() {}

    /** {@code ranked} (already best first) cut into tiers, best first. */
    public static <T> List<List<T>> tiers(List<T> ranked, Function<T, Spread> spread) {
        List<List<T>> tiers = new ArrayList<>();
        List<T> current = null;
        T previous = null;
        for (T item : ranked) {
            if (current == null || Claim.apart(spread.apply(previous), spread.apply(item))) {
                current = new ArrayList<>();
                tiers.add(current);
            }
            current.add(item);
            previous = item;
        }
        return tiers;
    }
}
