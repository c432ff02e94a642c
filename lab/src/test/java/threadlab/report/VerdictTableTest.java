package threadlab.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The verdict table: one row per lesson's claim, each computed from the folder or "not run"; the
 * decision is the conservative end of a spread, and sits at the top of both pages.
 */
class VerdictTableTest {

    @TempDir
    Path temp;

    @Test
    void everyClaimHasARowComputedOrNotRun() throws IOException {
        List<VerdictRow> rows = ReportBuilder.verdicts(RunFolder.read(Fixtures.completeRun(temp, "complete")));

        assertThat(rows).hasSizeGreaterThanOrEqualTo(9);
        assertThat(rows)
                .extracting(VerdictRow::claim)
                .contains(
                        "Waits overlap in any pool (3 x sleep on 3 workers)",
                        "synchronized pins the carrier on this JDK",
                        "A racy counter loses updates (the counter and jcstress)");
        VerdictRow waits = rows.get(0);
        assertThat(waits.outcome()).isEqualTo(Outcome.HOLDS);
        assertThat(waits.figure()).contains("sequential 0.920 s").contains("2.97x");
        VerdictRow racy = row(rows, "A racy counter");
        assertThat(racy.outcome()).isEqualTo(Outcome.HOLDS);
        assertThat(racy.figure()).contains("lost 38%").contains("Race_01_LostUpdate");
        VerdictRow pins = row(rows, "synchronized pins");
        assertThat(pins.outcome()).isEqualTo(Outcome.NOT_RUN);
        assertThat(pins.figure()).contains("run pinning");
        rows.forEach(r -> assertThat(r.figure()).isNotBlank());
    }

    @Test
    void aFolderWithoutResultsMarksEveryRowNotRun() throws IOException {
        Path empty = Files.createDirectories(temp.resolve("empty"));

        assertThat(ReportBuilder.verdicts(RunFolder.read(empty)))
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r.outcome()).isEqualTo(Outcome.NOT_RUN));
    }

    @Test
    void synchronizedPinsWhenMostTasksPinnedNotForOneStrayEvent() throws IOException {
        VerdictRow pinned = pinningRow("pinned", 50L, 50L);
        VerdictRow stray = pinningRow("stray", 1L, 0L);

        assertThat(pinned.outcome()).isEqualTo(Outcome.HOLDS);
        assertThat(pinned.figure()).contains("50 pinned events in 50 sleeps inside synchronized");
        assertThat(stray.outcome()).isEqualTo(Outcome.DOES_NOT_HOLD);
    }

    private VerdictRow pinningRow(String runId, long... events) throws IOException {
        List<threadlab.result.RunResult> runs = new java.util.ArrayList<>();
        for (long e : events) {
            runs.add(
                    SyntheticRuns.io("pinning", "pinning:block=synchronized,ms=10", 0.01, "virtual", 50, 50, 0.3)
                            .toBuilder()
                            .pinnedEvents(e)
                            .build());
        }
        return row(ReportBuilder.verdicts(RunFolder.read(Fixtures.writeRun(temp, runId, runs))), "synchronized pins");
    }

    @Test
    void aVerdictIsClaimedOnlyWhereTheWholeSpreadLiesOnOneSide() {
        Threshold twice = Threshold.atLeast(2, "at least 2x");
        DecisionRule rule = DecisionRule.SPREAD_ALLOWS;

        assertThat(rule.decide(new Measure(2.1, 2.9, 3.0), twice)).isEqualTo(Outcome.HOLDS);
        assertThat(rule.decide(new Measure(1.9, 2.9, 3.0), twice)).isEqualTo(Outcome.WITHIN_NOISE);
        assertThat(rule.decide(new Measure(1.2, 1.5, 1.9), twice)).isEqualTo(Outcome.DOES_NOT_HOLD);
        Threshold half = Threshold.atMost(0.5, "at most 0.5");
        assertThat(rule.decide(new Measure(0.4, 0.45, 0.6), half)).isEqualTo(Outcome.WITHIN_NOISE);
        assertThat(rule.decide(new Measure(0.3, 0.4, 0.45), half)).isEqualTo(Outcome.HOLDS);
        assertThat(rule.decide(new Measure(0.55, 0.6, 0.7), half)).isEqualTo(Outcome.DOES_NOT_HOLD);
        assertThat(Outcome.WITHIN_NOISE.words()).isEqualTo(Claim.NO_DIFFERENCE);
        assertThat(rule.decide(Measure.of(Double.NaN), twice)).isEqualTo(Outcome.NOT_RUN);
        Measure ratio = Measure.ratio(new Measure(8, 9, 10), new Measure(2, 3, 4));
        assertThat(ratio.low()).isEqualTo(2.0);
        assertThat(ratio.high()).isEqualTo(5.0);
    }

    @Test
    void theTableOpensBothPagesAboveTheSummary() throws IOException {
        Path html = Reports.write(Fixtures.completeRun(temp, "pages"));
        String page = Files.readString(html);
        String md = Files.readString(html.resolveSibling("summary.md"));

        assertThat(page.indexOf("<section id=\"verdicts\">")).isPositive().isLessThan(page.indexOf("id=\"summary\""));
        assertThat(page)
                .contains("<td class=\"verdict holds\">holds</td>", "<td class=\"verdict not-run\">not run</td>");
        assertThat(md.indexOf("## Verdicts on this machine and JDK"))
                .isPositive()
                .isLessThan(md.indexOf("## Summary"));
    }

    private static VerdictRow row(List<VerdictRow> rows, String claimStart) {
        return rows.stream()
                .filter(r -> r.claim().startsWith(claimStart))
                .findFirst()
                .orElseThrow();
    }
}
