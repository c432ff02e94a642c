package threadlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import threadlab.report.Fixtures;
import threadlab.result.ResultsFile;

/**
 * {@code report} as a user runs it: what lands in the run folder, what a broken folder gives, and
 * the exit codes (0 for any folder it can read, 2 and one line for one it cannot).
 */
class ReportCommandTest {

    @TempDir
    Path temp;

    @Test
    void writesThePageTheMarkdownAndEveryChartThePageShows() throws IOException {
        Path run = Fixtures.completeRun(temp, "complete");

        Outcome o = report(run.toString());

        assertThat(o.code()).isZero();
        assertThat(o.out()).contains("report: " + run.resolve("report/index.html"));
        Path html = run.resolve("report/index.html");
        String page = Files.readString(html);
        Matcher img = Pattern.compile("<img src=\"([^\"]+)\"").matcher(page);
        int images = 0;
        while (img.find()) {
            images++;
            assertThat(html.resolveSibling(img.group(1))).as(img.group(1)).isRegularFile();
        }
        assertThat(images).isGreaterThanOrEqualTo(8);
        assertThat(page).doesNotContain("http://", "https://");
        String md = Files.readString(run.resolve("report/summary.md"));
        for (String section : List.of(
                "## seed",
                "## io-scaling",
                "## cpu-scaling",
                "## mixed-crossover",
                "## contention",
                "## virtual-overhead",
                "## made-up-experiment",
                "## JMH benchmarks",
                "## jcstress stress tests")) {
            assertThat(md).contains(section);
        }
        assertThat(md)
                .contains("| JDK | 25.0.3+9-LTS |", "| carrier parallelism | 2 |")
                .contains(
                        "Bench_01_ThreadStart: virtualThread was best (1.23 us/op), 50x better than platformThread (61.5 us/op).")
                .contains(
                        "Bench_03_CpuScaling.platformPool [workers=2]: error above half the score (398 ops/s over 2 forks); "
                                + "each fork: fork 1: 310, 401, 484; fork 2: 330, 380, 484.")
                .contains(
                        "| Bench_03_CpuScaling.forkJoin | thrpt | workers=2 | 2 forks x 1 x 1 s after 2 x 1 s warm-up | 413 | - | ops/s |  |")
                .contains(
                        "Bench_03_CpuScaling [workers=2]: forkJoin (413 ops/s) and platformPool (398 ops/s) are within each other's error: no winner.")
                .contains("No forbidden outcome was seen in 3 test(s): the gate held. 3 of 3 passed.")
                .contains(
                        "The interesting outcome showed up in Race_01_LostUpdate (39% of samples) and Visibility_01_StaleFlag (0.1% of samples).")
                .contains("With lock=none updates were lost: the pool of 2 lost 38% of them.");
    }

    @Test
    void aFolderWithoutResultsGetsAReportThatSaysWhatIsMissing() throws IOException {
        Path empty = Files.createDirectories(temp.resolve("empty"));

        Outcome o = report(empty.toString());

        assertThat(o.code()).isZero();
        String md = Files.readString(empty.resolve("report/summary.md"));
        assertThat(md)
                .contains("results.json is missing")
                .contains("Not run: no jmh.json in the run folder.")
                .contains("Not run: no jcstress/summary.json in the run folder.");
        assertThat(Files.readString(empty.resolve("report/index.html"))).contains("results.json is missing");
    }

    @Test
    void aTruncatedResultsFileShowsTheCompleteRunsBeforeTheBreak() throws IOException {
        Path run = Fixtures.writeRun(temp, "cut", Fixtures.everyExperiment());
        byte[] whole = Files.readAllBytes(run.resolve(ResultsFile.NAME));
        String text = new String(whole, StandardCharsets.UTF_8);
        int cut = nthIndexOf(text, "\"experiment\" : \"io-scaling\"", 2);
        Files.write(run.resolve(ResultsFile.NAME), text.substring(0, cut).getBytes(StandardCharsets.UTF_8));

        Outcome o = report(run.toString());

        assertThat(o.code()).isZero();
        String md = Files.readString(run.resolve("report/summary.md"));
        assertThat(md)
                .contains("results.json is cut short or broken at byte")
                .contains("showing the 3 complete run(s) before the break")
                .contains("## seed")
                .contains("## io-scaling")
                .doesNotContain("## cpu-scaling");
    }

    @Test
    void filesThatAreNotJsonAreNamedAndLeftOut() throws IOException {
        Path run = Files.createDirectories(temp.resolve("garbage"));
        Files.writeString(run.resolve("results.json"), "this is not JSON");
        Files.writeString(run.resolve("jmh.json"), "[ { \"benchmark\": ");
        Files.createDirectories(run.resolve("jcstress"));
        Files.writeString(run.resolve("jcstress/summary.json"), "{}");

        Outcome o = report(run.toString());

        assertThat(o.code()).isZero();
        String md = Files.readString(run.resolve("report/summary.md"));
        assertThat(md)
                .contains("results.json is unreadable (")
                .contains("jmh.json is unreadable (")
                .contains("jcstress/summary.json is unreadable (no 'tests' list)")
                .contains("Not shown: jmh.json could not be read");
    }

    @Test
    void aForbiddenOutcomeIsCalledOut() throws IOException {
        Path run = Files.createDirectories(temp.resolve("forbidden"));
        Fixtures.copyResource("forbidden", run);

        assertThat(report(run.toString()).code()).isZero();

        assertThat(Files.readString(run.resolve("report/summary.md")))
                .contains("Forbidden outcomes were seen: Race_02_AtomicIncrement 7 times. 0 of 1 tests passed.");
    }

    @Test
    void aPathThatCannotBeReadIsBadUsageWithOneLine() throws IOException {
        Outcome missing = report(temp.resolve("no-such-run").toString());
        Path file = Files.writeString(temp.resolve("results.json"), "{}");
        Outcome notAFolder = report(file.toString());

        assertThat(missing.code()).isEqualTo(LabCommand.BAD_USAGE);
        assertThat(missing.err())
                .isEqualTo("error: cannot read run folder " + temp.resolve("no-such-run") + ": it does not exist"
                        + System.lineSeparator());
        assertThat(missing.out()).isEmpty();
        assertThat(notAFolder.code()).isEqualTo(LabCommand.BAD_USAGE);
        assertThat(notAFolder.err())
                .startsWith("error: cannot read run folder")
                .contains("it is a file")
                .hasLineCount(1);
        assertThat(temp.resolve("no-such-run")).doesNotExist();
    }

    @Test
    void withoutARunFolderTheNewestRunIsReported() throws IOException {
        Path older = Fixtures.writeRun(temp, "older", Fixtures.everyExperiment());
        Path newer = Fixtures.writeRun(temp, "newer", Fixtures.everyExperiment());
        Files.setLastModifiedTime(older, java.nio.file.attribute.FileTime.fromMillis(1_000_000_000_000L));
        Files.setLastModifiedTime(newer, java.nio.file.attribute.FileTime.fromMillis(2_000_000_000_000L));

        Outcome o = report("--results", temp.toString());

        assertThat(o.code()).isZero();
        assertThat(newer.resolve("report/index.html")).isRegularFile();
        assertThat(older.resolve("report")).doesNotExist();
    }

    @Test
    void compareGivesRatiosPerMode() throws IOException {
        Path a = Fixtures.writeRun(
                temp,
                "jdk21",
                List.of(
                        threadlab.report.Fixtures.everyExperiment().get(2),
                        threadlab.report.Fixtures.everyExperiment().get(3)));
        Path b = Fixtures.writeRun(
                temp,
                "jdk25",
                List.of(
                        withWall(threadlab.report.Fixtures.everyExperiment().get(2), 0.03),
                        withWall(threadlab.report.Fixtures.everyExperiment().get(3), 0.22)));

        Outcome o = report("--compare", a.toString(), b.toString());

        assertThat(o.code()).isZero();
        Path out = b.resolve("report/compare-jdk21");
        assertThat(o.out()).contains(out.resolve("index.html").toString());
        String md = Files.readString(out.resolve("summary.md"));
        assertThat(md)
                .contains("| virtual | 1 | 0 | 2.00x | 2.00x..2.00x |")
                .contains("| platform-pool:50 | 1 | 0 | 0.50x | 0.50x..0.50x |")
                .contains("0 of 2 cells differ by more than the two runs' spreads; 0 are within noise")
                .contains("2 were measured once in a run with no noise floor, so their spread is unknown")
                .contains("| sleep:ms=50 | 100 | virtual | 0.060 | 0.030 | 0.50x | 1,667 | 3,333 | 2.00x |")
                .contains("Per mode it ranged from 0.50x for the pool of 50 to 2.00x for virtual threads.");
        assertThat(out.resolve("charts/compare-by-mode.png")).isRegularFile();
    }

    @Test
    void compareWithAnUnreadableFolderIsBadUsage() throws IOException {
        Path a = Fixtures.writeRun(temp, "a", Fixtures.everyExperiment());

        Outcome o = report("--compare", a.toString(), temp.resolve("missing").toString());

        assertThat(o.code()).isEqualTo(LabCommand.BAD_USAGE);
        assertThat(o.err()).startsWith("error: cannot read run folder").hasLineCount(1);
    }

    private static threadlab.result.RunResult withWall(threadlab.result.RunResult r, double wall) {
        return r.toBuilder()
                .wallSeconds(wall)
                .throughputPerSecond(r.tasks() / wall)
                .efficiency(threadlab.model.Laws.efficiency(r.prediction(), wall))
                .build();
    }

    private static int nthIndexOf(String text, String needle, int n) {
        int at = -1;
        for (int i = 0; i < n; i++) {
            at = text.indexOf(needle, at + 1);
        }
        return at;
    }

    private record Outcome(int code, String out, String err) {}

    private static Outcome report(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = new String[args.length + 1];
        all[0] = "report";
        System.arraycopy(args, 0, all, 1, args.length);
        int code = LabCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), all);
        return new Outcome(code, out.toString(), err.toString());
    }
}
