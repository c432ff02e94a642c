package threadlab.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's "Files" paragraph names every folder's property, and the startup cache's switch. */
class ReadmeFilesTest {

    @Test
    void theFilesParagraphNamesEveryProperty() throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"));
        String files = readme.substring(readme.indexOf("**Files.**"), readme.indexOf("## Blocking code vs callbacks"));
        for (LabFolder folder : LabFolder.values()) {
            assertThat(files).as(folder.name()).contains("`-D" + folder.property() + "=DIR`");
        }
        assertThat(readme).contains("`-D" + LabFolder.STARTUP_CACHE_PROPERTY + "=false`");
        assertThat(files)
                .contains(
                        "/dev/shm/threadlab-TAG",
                        "/tmp/tl-TAG",
                        "~/.cache/threadlab",
                        "~/Library/Caches/threadlab",
                        "%LOCALAPPDATA%\\threadlab",
                        "$XDG_CACHE_HOME/threadlab");
    }
}
