package threadlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import threadlab.experiment.Experiment;
import threadlab.experiment.Experiments;
import threadlab.mode.ModeType;
import threadlab.mode.Modes;
import threadlab.workload.WorkloadType;
import threadlab.workload.Workloads;

/** The README's catalog names every workload, mode and experiment the code has. */
class ReadmeCatalogTest {

    private static final Path README = Path.of("..", "README.md");

    @Test
    void theReadmeCatalogMatchesTheRegistries() throws Exception {
        String readme = Files.readString(README);
        for (WorkloadType t : Workloads.types()) {
            assertThat(readme).as("workload " + t.name()).contains("| `" + t.example() + "` | " + t.nature() + " |");
        }
        for (ModeType t : Modes.types()) {
            assertThat(readme).as("mode " + t.name()).contains("| `" + t.usage() + "` |");
        }
        for (Experiment e : Experiments.all()) {
            assertThat(readme).as("experiment " + e.id()).contains("| `" + e.id() + "` |");
        }
    }
}
