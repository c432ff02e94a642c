package threadlab.stress.gate;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class GateOptionsTest {

    @Test
    void quickIsTheDefaultAndRunsOneShortConfiguration() {
        GateOptions options = GateOptions.parse("--out", "r/jcstress");

        assertThat(options.mode()).isEqualTo("quick");
        assertThat(options.out()).isEqualTo(Path.of("r/jcstress"));
        assertThat(options.jcstressArgs()).containsSubsequence("-m", "quick", "-jvmArgs", "-Xmx512m")
                .containsSubsequence("-sc", "false", "-iters", "1", "-time", "300")
                .containsSubsequence("-t", ".*", "-r", "r/jcstress");
    }

    @Test
    void fullLeavesJvmConfigurationsToJcstress() {
        GateOptions options = GateOptions.parse("--mode", "full", "--out", "r", "--tests", "Race_");

        assertThat(options.jcstressArgs()).containsExactly("-m", "default", "-t", "Race_", "-r", "r");
    }

    @Test
    void badCommandLinesAreRejectedWithTheUsage() {
        assertThatIllegalArgumentException().isThrownBy(() -> GateOptions.parse("--mode", "quick"))
                .withMessageContaining("--out is required").withMessageContaining("usage:");
        assertThatIllegalArgumentException().isThrownBy(() -> GateOptions.parse("--out", "r", "--mode", "slow"))
                .withMessageContaining("unknown mode 'slow', valid: quick, full");
        assertThatIllegalArgumentException().isThrownBy(() -> GateOptions.parse("--out", "r", "--fast", "x"))
                .withMessageContaining("unknown option --fast");
        assertThatIllegalArgumentException().isThrownBy(() -> GateOptions.parse("--out"))
                .withMessageContaining("missing value for --out");
    }
}
