package threadlab.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Numbers on the page never hide what they are: a little is not none, most is not all, missing is "-". */
class FormatsTest {

    @Test
    void percentagesKeepALittleAndNotQuiteAll() {
        assertThat(Formats.percent(0.0012)).isEqualTo("0.1%");
        assertThat(Formats.percent(0.0)).isEqualTo("0%");
        assertThat(Formats.percent(0.97)).isEqualTo("97%");
        assertThat(Formats.percent(0.9988)).isEqualTo("99.8%");
        assertThat(Formats.percent(1.0)).isEqualTo("100%");
        assertThat(Formats.percent(Double.NaN)).isEqualTo("-");
    }

    @Test
    void secondsBelowAMillisecondKeepTwoFigures() {
        assertThat(Formats.seconds(0.000029315)).isEqualTo("0.000029");
        assertThat(Formats.seconds(0.9466)).isEqualTo("0.947");
        assertThat(Formats.seconds(12.345)).isEqualTo("12.35");
    }

    @Test
    void numbersShowThreeFiguresAndGroupThousands() {
        assertThat(Formats.number(12_410.4)).isEqualTo("12,410");
        assertThat(Formats.number(56.31)).isEqualTo("56.3");
        assertThat(Formats.number(0.0450)).isEqualTo("0.045");
        assertThat(Formats.times(1.5432)).isEqualTo("1.54x");
        assertThat(Formats.times(33.2)).isEqualTo("33x");
    }
}
