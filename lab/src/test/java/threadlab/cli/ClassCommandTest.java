package threadlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import threadlab.report.Fixtures;

/** {@code report --class DIR...}: the page where --out says; bad usage is one line and exit 2. */
class ClassCommandTest {

    @TempDir
    Path temp;

    @Test
    void writesTheClassPageWhereOutSays() throws IOException {
        Path out = temp.resolve("page");

        CliRun run = CliRun.of(
                "report",
                "--class",
                Fixtures.resource("class/cores-1").toString(),
                Fixtures.resource("class/cores-2").toString(),
                "--out",
                out.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("class view: " + out.resolve("index.html"));
        assertThat(Files.readString(out.resolve("index.html"))).contains("Thread Lab class view: 2 run folder(s)");
    }

    @Test
    void noReadableFolderOrAMixWithCompareIsBadUsage() {
        CliRun none = CliRun.of("report", "--class", temp.resolve("missing").toString());
        CliRun mixed = CliRun.of("report", "--compare", "a", "b", "--class", "c");

        assertThat(none.exitCode()).isEqualTo(LabCommand.BAD_USAGE);
        assertThat(none.err()).startsWith("error: none of the 1 folder(s)").hasLineCount(1);
        assertThat(mixed.exitCode()).isEqualTo(LabCommand.BAD_USAGE);
        assertThat(mixed.err()).hasLineCount(1);
    }
}
