package threadlab.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import threadlab.result.LatencyMs;
import threadlab.result.RanOn;
import threadlab.result.RunResult;
import threadlab.workload.Nature;

/**
 * The pitfall sections (found through the lesson catalog) conclude from the numbers and name the JDK: the same pinned counts read as
 * expected on one JDK and as a surprise on another; a stalled run brings its thread dump.
 */
class PitfallSectionsTest {

    @Test
    void pinningOnJdk25SaysSynchronizedDidNotPinAndTheClassInitialiserDid() {
        ExperimentRuns runs = new ExperimentRuns("pinning", ModeCell.group(pinningRuns(0)), 2, "25.0.3+9-LTS");
        List<String> conclusions = ReportBuilder.experimentSection(runs).conclusions();
        assertThat(conclusions.get(0))
                .contains("JDK 25.0.3+9-LTS")
                .contains("synchronized did not pin")
                .contains("class initialiser pinned")
                .contains("JEP 491");
        assertThat(conclusions).noneMatch(c -> c.contains("not what JDK"));
        assertThat(conclusions)
                .anyMatch(c -> c.contains("With 1 carrier, class-init") && c.contains("go through 1 at a time"));
        assertThat(ReportBuilder.experimentSection(runs).charts()).hasSize(2);
    }

    @Test
    void pinningOnJdk21ExplainsWhySynchronizedPinsThere() {
        ExperimentRuns runs = new ExperimentRuns("pinning", ModeCell.group(pinningRuns(50)), 2, "21.0.5+11-LTS");
        List<String> conclusions = ReportBuilder.experimentSection(runs).conclusions();
        assertThat(conclusions.get(0))
                .contains("JDK 21.0.5")
                .contains("synchronized pinned")
                .contains("up to JDK 23");
        assertThat(conclusions).noneMatch(c -> c.contains("not what JDK"));
        assertThat(conclusions).anyMatch(c -> c.contains("On JDK 24 or later"));
    }

    @Test
    void oneStrayPinnedEventInFiftySynchronizedSleepsIsNotReadAsSynchronizedPinning() {
        ExperimentRuns runs = new ExperimentRuns("pinning", ModeCell.group(pinningRuns(1)), 2, "25.0.3+9-LTS");
        List<String> conclusions = ReportBuilder.experimentSection(runs).conclusions();
        assertThat(conclusions.get(0))
                .contains("synchronized did not pin (1 pinned event in 50 tasks at most in a run: too few")
                .contains("class initialiser pinned (50 pinned events in 50 tasks");
        assertThat(conclusions).noneMatch(c -> c.contains("not what JDK"));
    }

    @Test
    void pinnedCountsThatContradictTheJdkAreCalledOut() {
        ExperimentRuns runs = new ExperimentRuns("pinning", ModeCell.group(pinningRuns(50)), 2, "25.0.3+9-LTS");
        assertThat(ReportBuilder.experimentSection(runs).conclusions()).anyMatch(c -> c.contains("not what JDK 25"));
    }

    @Test
    void aStalledCarrierDeadlockIsReportedWithItsThreadDump() {
        List<RunResult> runs = List.of(
                deadlock("synchronized", 0.104, false, null),
                deadlock(
                        "class-init",
                        2.003,
                        true,
                        "#41 \"\" virtual WAITING\n    at threadlab.lesson.carrierdeadlock.CarrierDeadlockWorkload.own"));
        ExperimentRuns er = new ExperimentRuns("carrier-deadlock", ModeCell.group(runs), 2, "25.0.3+9-LTS");
        Section section = ReportBuilder.experimentSection(er);
        assertThat(section.conclusions().get(0))
                .contains("JDK 25.0.3")
                .contains("synchronized it completed")
                .contains("class-init it stalled");
        // the common table, then the section's own: the thread-dump excerpts
        assertThat(section.tables())
                .hasSize(2)
                .last()
                .satisfies(t -> assertThat(t.rows()).hasSize(2));
        assertThat(ModeTable.of("t", er.cells()).headers()).contains("carriers", "stalled runs");
    }

    @Test
    void pinningFromTwoJdksIsDrawnPerJdkAfterATableThatPutsThemSideBySide() {
        List<RunResult> both = new ArrayList<>();
        pinningRuns(50).forEach(r -> both.add(r.with(new RanOn("21.0.5"))));
        pinningRuns(0).forEach(r -> both.add(r.with(new RanOn("25.0.3"))));

        Section section =
                ReportBuilder.experimentSection(new ExperimentRuns("pinning", ModeCell.group(both), 2, "25.0.3+9-LTS"));

        Table sides = section.tables().get(0);
        assertThat(sides.headers())
                .containsSubsequence(
                        "JDK 21.0.5: wall s",
                        "JDK 25.0.3: wall s",
                        "JDK 21.0.5: pinned events",
                        "JDK 25.0.3: pinned events");
        assertThat(sides.rows()).hasSize(6);
        List<String> synchronizedOnOne = sides.rows().stream()
                .filter(row ->
                        row.get(1).contains("block=synchronized") && row.get(0).contains("1 carrier"))
                .findFirst()
                .orElseThrow();
        assertThat(synchronizedOnOne.subList(5, 7)).containsExactly("50", "0");
        assertThat(section.charts()).hasSize(4);
        assertThat(section.charts()).extracting(ChartImage::fileName).doesNotHaveDuplicates();
        assertThat(section.charts()).extracting(ChartImage::caption).anyMatch(c -> c.startsWith("JDK 21.0.5: "));
        assertThat(section.conclusions())
                .anyMatch(c -> c.startsWith("JDK 21.0.5: On JDK 21.0.5, blocking inside synchronized pinned"))
                .anyMatch(c -> c.startsWith("JDK 25.0.3: On JDK 25.0.3, blocking inside synchronized did not pin"));
    }

    @Test
    void runsWithoutAJdkFieldReadAsTheEnvironmentsJdkAndAreNotSplit() {
        ExperimentRuns runs = new ExperimentRuns("pinning", ModeCell.group(pinningRuns(0)), 2, "25.0.3+9-LTS");

        assertThat(JdkSides.split(runs)).isEmpty();
        assertThat(RanOn.of(pinningRuns(0).get(0), runs.jdk())).isEqualTo("25.0.3+9-LTS");
        assertThat(RanOn.of(pinningRuns(0).get(0), null)).isEqualTo(RanOn.NOT_RECORDED);
    }

    private static List<RunResult> pinningRuns(long synchronizedPinned) {
        List<RunResult> runs = new ArrayList<>();
        for (int carriers : new int[] {1, 2}) {
            runs.add(run(
                    "pinning",
                    "pinning:block=synchronized,ms=10",
                    50,
                    synchronizedPinned > 0 ? 0.5 / carriers : 0.02,
                    synchronizedPinned,
                    carriers,
                    null,
                    null));
            runs.add(run("pinning", "pinning:block=reentrant-lock,ms=10", 50, 0.02, 0, carriers, null, null));
            runs.add(run("pinning", "pinning:block=class-init,ms=10", 50, 0.5 / carriers, 50, carriers, null, null));
        }
        return runs;
    }

    private static RunResult deadlock(String pin, double wall, boolean stalled, String dump) {
        return run(
                "carrier-deadlock",
                "carrier-deadlock:pin=" + pin + ",holdMs=100,waitMs=2000",
                3,
                wall,
                0,
                2,
                stalled,
                dump);
    }

    private static RunResult run(
            String experiment,
            String workload,
            int tasks,
            double wall,
            long pinned,
            int carriers,
            Boolean stalled,
            String dump) {
        return RunResult.builder(experiment, workload, Nature.IO, "virtual", tasks, tasks, 0)
                .wallSeconds(wall)
                .throughputPerSecond(tasks / wall)
                .latencyMs(new LatencyMs(10, 11, 12, 13))
                .cpuSeconds(0.05)
                .peakInFlight(tasks)
                .peakThreads(17)
                .peakRssBytes(100_000_000L)
                .gcSeconds(0.0)
                .pinnedEvents(pinned)
                .checksum("00ff")
                .completed(tasks)
                .carriers(carriers)
                .stalled(stalled)
                .threadDump(dump)
                .build();
    }
}
