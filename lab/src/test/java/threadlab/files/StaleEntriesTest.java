package threadlab.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

@DisabledOnOs(value = OS.WINDOWS, disabledReason = "symbolic links need a privilege on Windows")
class StaleEntriesTest {

    @TempDir
    Path root;

    @TempDir
    Path thesis;

    @Test
    void onlyStampedEntriesOfGoneOwnersAreRemovedAndALinkGoesAsALinkWithWhatItPointsToUntouched() throws Exception {
        Files.writeString(thesis.resolve("chapter1.tex"), "years of work");
        Files.createDirectory(thesis.resolve("figures"));
        OwnerStamp dead = DeadOwner.stamp();
        Path staleLink = Files.createSymbolicLink(root.resolve(dead.name("ipc-1")), thesis);
        Path staleFolder = Files.createDirectory(root.resolve(dead.name("ipc-2")));
        Path linkInside = Files.createSymbolicLink(staleFolder.resolve("echo.map"), thesis.resolve("chapter1.tex"));
        Path staleFile =
                Files.writeString(root.resolve(dead.name("worker-0123456789abcdef01234567.aot")), "half a cache");
        Path unstamped = Files.createSymbolicLink(root.resolve("ipc"), thesis);
        Path live = Files.createDirectory(root.resolve(OwnerStamp.current().name("ipc-3")));

        assertThat(StaleEntries.remove(root)).isEqualTo(3);

        assertThat(staleLink).doesNotExist();
        assertThat(staleFolder).doesNotExist();
        assertThat(linkInside).doesNotExist();
        assertThat(staleFile).doesNotExist();
        assertThat(Files.isSymbolicLink(unstamped))
                .as("no stamp: not the lab's")
                .isTrue();
        assertThat(live).isDirectory();
        assertThat(thesis.resolve("chapter1.tex")).hasContent("years of work");
        assertThat(thesis.resolve("figures")).isDirectory();
    }

    @Test
    void deletingATreeNeverFollowsALinkInsideIt() throws Exception {
        Files.writeString(thesis.resolve("notes.txt"), "keep");
        Path tree = Files.createDirectories(root.resolve("tree").resolve("deeper"));
        Files.createSymbolicLink(tree.resolve("to-thesis"), thesis);
        Files.writeString(tree.resolve("mine.map"), "x");
        assertThat(StaleEntries.deleteTree(root.resolve("tree"))).isTrue();
        assertThat(root.resolve("tree")).doesNotExist();
        assertThat(thesis.resolve("notes.txt")).hasContent("keep");
        assertThat(StaleEntries.deleteTree(root.resolve("never-there"))).isTrue();
    }
}
