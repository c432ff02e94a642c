package threadlab.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import threadlab.InvalidInputException;

/**
 * The class view over real run folders: {@code src/test/resources/report/class/cores-N} are
 * {@code run seed pinning --quick} made on one machine (2 cores, AMD EPYC VM, Linux 6.18, JDK
 * 25.0.3 Temurin, load average 19 to 26) with {@code -XX:ActiveProcessorCount=1}, 2 and 4.
 * Rewritten where the results contract allows: the machine facts are dropped (absent, as in
 * folders written before them), and cores-1's JDK field reads 21.0.5 so that the folders differ in
 * JDK too (its numbers were measured on 25.0.3).
 */
class ClassViewTest {

    @TempDir
    Path temp;

    @Test
    void threeMachinesLineUpAndABrokenFolderIsNamed() throws IOException {
        Path broken = Files.createDirectories(temp.resolve("broken"));
        Files.writeString(broken.resolve("results.json"), "this is not JSON");
        List<Path> dirs = List.of(folder("cores-1"), folder("cores-2"), folder("cores-4"), broken);

        Report report = ClassView.build(dirs);

        Table machines = report.sections().get(0).tables().get(0);
        assertThat(machines.rows()).extracting(r -> r.get(0)).containsExactly("cores-1", "cores-2", "cores-4");
        assertThat(machines.rows()).extracting(r -> r.get(1)).containsExactly("1", "2", "4");
        assertThat(machines.rows())
                .extracting(r -> r.get(4))
                .containsExactly("21.0.5+11-LTS", "25.0.3+9-LTS", "25.0.3+9-LTS");
        assertThat(machines.headers()).hasSize(5 + LessonSections.verdicts().size());
        int waits = machines.headers().indexOf("Waits overlap in any pool (3 x sleep on 3 workers)");
        int pins = machines.headers().indexOf("synchronized pins the carrier on this JDK");
        int gil = machines.headers().indexOf("CPU work: CPython threads lose to processes (GIL or not)");
        assertThat(machines.rows()).allSatisfy(r -> {
            assertThat(r.get(waits)).matches("[0-9.]+: (holds|does not hold)");
            assertThat(r.get(pins)).matches("[0-9.,]+: (holds|does not hold)");
            assertThat(r.get(gil)).isEqualTo("not run");
        });
        assertThat(report.problems()).singleElement().asString().startsWith(broken + ": left out");
        assertThat(report.summary()).startsWith("3 run folder(s) of 4 given: 3 core count(s) (1, 2 and 4), 2 JDK(s)");
        assertThat(report.sections().get(1).charts())
                .extracting(ChartImage::fileName)
                .containsExactly("class-cpu-speedup.png", "class-virtual-bound.png", "class-pinned-per-jdk.png");
        assertThat(report.sections().get(1).charts().get(0).caption()).contains("capped at 3 workers");

        Path html = Reports.classView(dirs, temp.resolve("class-page"));
        assertThat(html.resolveSibling("charts/class-pinned-per-jdk.png")).isRegularFile();
        assertThat(Files.readString(html.resolveSibling("summary.md"))).contains("| cores-4 | 4 |");
    }

    @Test
    void amdahlsFractionIsFittedToThePoints() {
        double[] n = {1, 2, 4, 8};
        double[] s = new double[n.length];
        for (int i = 0; i < n.length; i++) {
            s[i] = ClassCharts.amdahl(0.9, n[i]);
        }

        assertThat(ClassCharts.amdahlFraction(n, s)).isEqualTo(0.9, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(ClassCharts.amdahl(1.0, 4)).isEqualTo(4.0);
    }

    @Test
    void noReadableFolderIsOneLineOfBadInput() {
        assertThatThrownBy(() -> ClassView.build(List.of(temp.resolve("missing"))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("none of the 1 folder(s) holds readable lab results: ")
                .hasMessageNotContaining("\n");
        assertThatThrownBy(() -> ClassView.build(List.of())).isInstanceOf(InvalidInputException.class);
    }

    private static Path folder(String name) throws IOException {
        return Fixtures.resource("class/" + name);
    }
}
