package threadlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import threadlab.lesson.pinning.PinnedShare;
import threadlab.machine.Jdk;
import threadlab.machine.Jdks;
import threadlab.result.RanOn;
import threadlab.result.ResultsFile;
import threadlab.result.RunResult;

/**
 * {@code run --jdk}, on the JDKs this machine has as discovery finds them: {@code pinning --quick
 * --jdk all} runs every JDK 21+ found and names each older one as skipped in one line; an older one
 * given by path is refused in one line with exit code 2. The pinning run is kept short with
 * {@code --repeat 1} (six runs per JDK, about 20 s per JDK on 2 shared cores).
 */
class JdkOptionTest {

    @TempDir
    Path temp;

    @Test
    void allRunsEveryJdkFromTwentyOneAndNamesTheOlderOnesAsSkippedInOneLine() throws Exception {
        List<Jdk> found = Jdks.discover();
        List<Jdk> usable = Jdks.usable(found);
        List<Jdk> old = found.stream().filter(j -> !j.usable()).toList();

        CliRun run = CliRun.of(
                "run",
                "pinning",
                "--quick",
                "--jdk",
                "all",
                "--repeat",
                "1",
                "--out",
                temp.toString(),
                "--run-id",
                "r");

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> skipped = run.out()
                .lines()
                .filter(l -> l.startsWith("--jdk all: skipped"))
                .toList();
        if (old.isEmpty()) {
            assertThat(skipped).isEmpty();
        } else {
            assertThat(skipped)
                    .singleElement()
                    .satisfies(line -> old.forEach(j -> assertThat(line)
                            .contains("JDK " + j.version())
                            .contains(j.home().toString())));
        }
        List<RunResult> runs = ResultsFile.read(temp.resolve("r")).runs();
        for (Jdk jdk : usable) {
            assertThat(run.out()).contains("== pinning on JDK " + jdk.version() + " (" + jdk.home() + ")");
        }
        assertThat(runs).hasSize(6 * usable.size());
        assertThat(runs)
                .extracting(r -> RanOn.of(r, null))
                .containsOnlyElementsOf(usable.stream().map(Jdk::version).toList());
        assertThat(runs).allMatch(r -> r.error() == null && r.completed() == r.tasks());
        for (Jdk jdk : usable) {
            List<RunResult> on = runs.stream()
                    .filter(r -> RanOn.of(r, null).equals(jdk.version()))
                    .toList();
            assertThat(on).as("runs on JDK %s", jdk.version()).hasSize(6);
            // what JEP 491 changed, on each JDK by its own version: synchronized pins up to 23 (a stray
            // event from the JVM's own class loading is not the tasks pinning: see PinnedShare)
            assertThat(on)
                    .filteredOn(r -> r.workload().contains("block=synchronized"))
                    .allMatch(r -> PinnedShare.pinsTasks(r.pinnedEvents(), r.tasks()) == (jdk.feature() < 24));
        }
    }

    @Test
    void anOlderJdkGivenByPathIsRefusedInOneLine() {
        List<Jdk> old = Jdks.discover().stream().filter(j -> !j.usable()).toList();
        Assumptions.assumeFalse(old.isEmpty(), "no JDK older than 21 found on this machine");
        Jdk jdk = old.get(0);

        CliRun run = CliRun.of(
                "run", "pinning", "--quick", "--jdk", jdk.home().toString(), "--out", temp.toString(), "--run-id", "r");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip())
                .doesNotContain("\n")
                .contains(jdk.home().toString())
                .contains("JDK " + jdk.version() + " is older than 21");
        assertThat(temp.resolve("r")).doesNotExist();
    }

    @Test
    void aFolderWithoutAJdkAndALessonOutsideChildJvmsAreRefused() {
        CliRun none = CliRun.of("run", "pinning", "--jdk", temp.toString(), "--out", temp.toString());
        CliRun inProcess = CliRun.of("run", "seed", "--jdk", "all", "--out", temp.toString());

        assertThat(none.exitCode()).isEqualTo(2);
        assertThat(none.err().strip()).doesNotContain("\n").contains("no JDK there");
        assertThat(inProcess.exitCode()).isEqualTo(2);
        assertThat(inProcess.err().strip()).doesNotContain("\n").contains("pinning");
    }
}
