package threadlab.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import threadlab.files.LabFolder;
import threadlab.files.Plant;
import threadlab.files.RefusedFolderException;
import threadlab.files.StampedFolder;
import threadlab.ipc.Channel;
import threadlab.ipc.IpcFolder;

/**
 * Another user of the machine plants something where the lab would make one of its folders,
 * before the victim's first run: the run stops at once (exit 2, one line naming the folder and
 * why, no results file), and nothing there, or where a link there points, is deleted, written or
 * changed. The startup cache's own refusal, outside a run, is in {@code StartupCacheTest}.
 */
@DisabledOnOs(
        value = OS.WINDOWS,
        disabledReason = "plants POSIX links and modes; Windows refuses links and junctions by the same check")
class PlantedFoldersTest {

    @TempDir
    Path base;

    static Stream<Arguments> cases() {
        return Stream.of(Plant.values())
                .flatMap(p -> Stream.of(LabFolder.values()).map(f -> Arguments.of(p, f)));
    }

    @ParameterizedTest(name = "{0} at the {1} folder")
    @MethodSource("cases")
    void theRunStopsWithOneLineAndNothingThereIsTouched(Plant plant, LabFolder place) throws Exception {
        Path at = base.resolve("shared").resolve("threadlab-victim");
        Path victim = base.resolve("home").resolve("thesis");
        Path out = base.resolve("results");
        plant.at(at, victim);
        Map<String, String> before = Plant.snapshot(at, victim);
        String old = System.setProperty(place.property(), at.toString());
        try {
            CliRun run = CliRun.of("run", "ipc-channels", "--quick", "--out", out.toString());
            assertThat(run.exitCode()).isEqualTo(LabCommand.BAD_USAGE);
            assertThat(run.err().strip().lines()).hasSize(1);
            assertThat(run.err())
                    .contains(
                            "refusing the " + place.description() + " " + at,
                            reason(plant),
                            "-D" + place.property() + "=");
            assertThat(run.err()).doesNotContain("Exception", "\tat ");
            assertThat(out).doesNotExist();

            // where the lab meets the folder outside a run, it refuses it too
            switch (place) {
                case IPC -> {
                    assertThatThrownBy(IpcFolder::create).isInstanceOf(RefusedFolderException.class);
                    assertThatThrownBy(() -> StampedFolder.create(LabFolder.IPC, "dump"))
                            .isInstanceOf(RefusedFolderException.class);
                }
                case SOCKETS -> assertThatThrownBy(Channel.UNIX::available).isInstanceOf(RefusedFolderException.class);
                case CACHE -> assertThatThrownBy(LabFolder.CACHE::ensure).isInstanceOf(RefusedFolderException.class);
            }
        } finally {
            restore(place.property(), old);
        }
        assertThat(Plant.snapshot(at, victim))
                .as("what was planted, and the victim's files")
                .isEqualTo(before);
    }

    private static String reason(Plant plant) {
        return switch (plant) {
            case LINK_TO_A_FOLDER_WITH_FILES -> "is a symbolic link";
            case FOLDER_WRITABLE_BY_OTHERS -> "is writable by every user";
            case FOLDER_OF_ANOTHER_USER -> "belongs to uid ";
        };
    }

    static void restore(String property, String old) {
        if (old == null) {
            System.clearProperty(property);
        } else {
            System.setProperty(property, old);
        }
    }
}
