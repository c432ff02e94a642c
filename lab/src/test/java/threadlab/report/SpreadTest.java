package threadlab.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The spread of a cell's repeats, the claim rule on it, and a ranking cut where the spreads allow. */
class SpreadTest {

    @Test
    void upToEightValuesTheIntervalForTheMedianIsMinToMax() {
        Spread three = Spread.of(List.of(0.3, 0.1, 0.2));
        assertThat(three.median()).isEqualTo(0.2);
        assertThat(three.low()).isEqualTo(0.1);
        assertThat(three.high()).isEqualTo(0.3);
        for (int n = 1; n <= 8; n++) {
            assertThat(Spread.rank(n)).as("n = %d", n).isEqualTo(1);
        }
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
        Spread a = Spread.of(List.of(1.0, 1.1, 1.2));
        Spread b = Spread.of(List.of(1.15, 1.3, 1.4));
        Spread c = Spread.of(List.of(1.25, 1.3, 1.4));

        assertThat(Claim.apart(a, b)).isFalse();
        assertThat(Claim.apart(a, c)).isTrue();
        assertThat(Claim.above(c, 1.2)).isTrue();
        assertThat(Claim.above(b, 1.2)).isFalse();
        assertThat(Claim.below(a, 1.2)).isFalse();
        assertThat(Claim.noDifference(Formats::number, a, b))
                .isEqualTo("no difference measurable here (3 runs, 1.00..1.20; 3 runs, 1.15..1.40)");
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
