package threadlab.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The spread of a cell's repeats, the claim rule on it, and a ranking cut where the spreads allow. */
class SpreadTest {

    @Test
    void belowFiveValuesTheIntervalIsTheMedianPlusOrMinusTheRangeAndFromFiveMinToMax() {
        Spread three = Spread.of(List.of(3.0, 1.0, 2.0));
        assertThat(three.median()).isEqualTo(2.0);
        assertThat(three.low()).as("never below 0 for values that are not").isEqualTo(0.0);
        assertThat(three.high()).isEqualTo(4.0);
        Spread two = Spread.of(List.of(10.0, 11.0));
        assertThat(two.low()).isEqualTo(9.5);
        assertThat(two.high()).isEqualTo(11.5);
        assertThat(two.describe(Formats::number)).isEqualTo("2 runs, 10.0..11.0, median within 9.50..11.5");
        Spread five = Spread.of(List.of(5.0, 1.0, 4.0, 2.0, 3.0));
        assertThat(five.low()).isEqualTo(1.0);
        assertThat(five.high()).isEqualTo(5.0);
        for (int n = 1; n <= 8; n++) {
            assertThat(Spread.rank(n)).as("n = %d", n).isEqualTo(1);
        }
    }

    @Test
    void theMachinesNoiseWidensAnIntervalNarrowerThanItAndGivesOneRunAnInterval() {
        Spread one = Spread.of(List.of(2.0)).widened(0.1);
        assertThat(one.known()).isTrue();
        assertThat(one.low()).isEqualTo(1.8);
        assertThat(one.high()).isEqualTo(2.2);
        assertThat(one.describe(Formats::number)).isEqualTo("1 run, 2.00, within the machine's noise 1.80..2.20");
        Spread wide = Spread.of(List.of(1.0, 2.0, 3.0, 4.0, 5.0));
        assertThat(wide.widened(0.1)).isEqualTo(wide);
        assertThat(Spread.of(List.of(2.0)).widened(0)).isEqualTo(Spread.of(List.of(2.0)));
        Noise none = Noise.of(null);
        assertThat(none.measured()).isFalse();
    }

    @Test
    void fromNineValuesTheIntervalNarrowsByTheBinomialRanks() {
        // P(B(9, 1/2) <= 1) = 10/512 <= 2.5%; P(<= 2) = 46/512 > 2.5%
        assertThat(Spread.rank(9)).isEqualTo(2);
        // n = 20: P(B <= 5) = 2.07%, P(B <= 6) = 5.77%
        assertThat(Spread.rank(20)).isEqualTo(6);
        Spread s = Spread.of(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9));
        assertThat(s.low()).isEqualTo(2);
        assertThat(s.high()).isEqualTo(8);
        assertThat(s.describe(Formats::number)).isEqualTo("9 runs, 1.00..9.00, median within 2.00..8.00");
    }

    @Test
    void missingValuesAreLeftOutAndOneValueHasNoSpread() {
        Spread one = Spread.of(Arrays.asList(0.5, null, Double.NaN));
        assertThat(one.n()).isEqualTo(1);
        assertThat(one.known()).isFalse();
        assertThat(one.relative()).isNaN();
        assertThat(one.describe(Formats::number)).isEqualTo("1 run, no spread");
        assertThat(Spread.of(List.of()).n()).isZero();
    }

    @Test
    void aClaimNeedsIntervalsApartOrAValueClearOfItsThreshold() {
        Spread a = Spread.of(List.of(1.0, 1.05, 1.1, 1.15, 1.2));
        Spread b = Spread.of(List.of(1.15, 1.2, 1.3, 1.35, 1.4));
        Spread c = Spread.of(List.of(1.25, 1.3, 1.3, 1.35, 1.4));

        assertThat(Claim.apart(a, b)).isFalse();
        assertThat(Claim.apart(a, c)).isTrue();
        assertThat(Claim.above(c, 1.2)).isTrue();
        assertThat(Claim.above(b, 1.2)).isFalse();
        assertThat(Claim.below(a, 1.2)).isFalse();
        assertThat(Claim.noDifference(Formats::number, a, b))
                .isEqualTo("no difference measurable here (5 runs, 1.00..1.20; 5 runs, 1.15..1.40)");
    }

    @Test
    void aRatioOfTwoSpreadsTakesTheWidestRangeTheyAllow() {
        Spread ratio = Spread.of(List.of(4.0, 6.0)).over(Spread.of(List.of(1.0, 2.0)));
        assertThat(ratio.median()).isEqualTo(5.0 / 1.5);
        assertThat(ratio.min()).isEqualTo(2.0);
        assertThat(ratio.max()).isEqualTo(6.0);
    }

    @Test
    void aRankingIsCutOnlyWhereNeighboursLieApart() {
        List<Spread> ranked = List.of(
                Spread.of(List.of(10.0, 11.0)),
                Spread.of(List.of(10.5, 12.0)),
                Spread.of(List.of(5.0, 6.0)),
                Spread.of(List.of(1.0, 2.0)),
                Spread.of(List.of(1.5, 2.5)));

        List<List<Spread>> tiers = Ranking.tiers(ranked, s -> s);

        assertThat(tiers).extracting(List::size).containsExactly(2, 1, 2);
    }
}
