package threadlab.stress.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class GateOptionsTest {

    @Test
    void quickIsTheDefaultAndRunsOneShortConfiguration() {
        GateOptions options = GateOptions.parse("--out", "r/jcstress");

        assertThat(options.mode()).isEqualTo("quick");
        assertThat(options.out()).isEqualTo(Path.of("r/jcstress"));
        assertThat(options.jcstressArgs())
                .containsSubsequence("-m", "quick", "-jvmArgs", "-Xmx512m", "-sc")
                .containsSubsequence("-sc", "false", "-iters", "1", "-time", "300")
                .containsSubsequence("-t", ".*", "-r", "r/jcstress");
        assertThat(options.configurations()).containsExactly(JvmConfiguration.TIERED, JvmConfiguration.C2_ONLY);
    }

    @Test
    void quickRunsTheReorderingFamiliesAgainOnC2AloneIntoASubfolder() {
        GateOptions options = GateOptions.parse("--out", "r/jcstress");
        JvmConfiguration c2 = JvmConfiguration.C2_ONLY;

        assertThat(c2.runs("threadlab.stress.Ordering_01_StoreBuffering.Plain")).isTrue();
        assertThat(c2.runs("threadlab.stress.Publication_02_FinalFields.FinalFields"))
                .isTrue();
        assertThat(c2.runs("threadlab.stress.Visibility_01_PlainFlag")).isTrue();
        assertThat(c2.runs("threadlab.stress.Race_01_LostUpdate")).isFalse();
        assertThat(c2.runs("threadlab.stress.VirtualThread_03_LockMutualExclusion.Virtual"))
                .isFalse();
        assertThat(JvmConfiguration.TIERED.runs("threadlab.stress.Race_01_LostUpdate"))
                .isTrue();

        List<String> args = options.jcstressArgs(c2, List.of("threadlab.stress.Visibility_01_PlainFlag", "a.B.c"));
        assertThat(args)
                .containsSubsequence("-jvmArgs", "-Xmx512m -XX:-TieredCompilation", "-sc", "false")
                .containsSubsequence("-r", Path.of("r/jcstress", "c2-only").toString());
        String regex = args.get(args.indexOf("-t") + 1);
        assertThat(Pattern.compile(regex)
                        .matcher("threadlab.stress.Visibility_01_PlainFlag")
                        .find())
                .isTrue();
        assertThat(Pattern.compile(regex).matcher("a.B.c").find()).isTrue();
        assertThat(Pattern.compile(regex)
                        .matcher("threadlab.stress.Visibility_01_PlainFlagX")
                        .find())
                .isFalse();
        assertThat(Pattern.compile(regex).matcher("aXBXc").find())
                .as("dots are literal")
                .isFalse();
    }

    @Test
    void fullLeavesJvmConfigurationsToJcstress() {
        GateOptions options = GateOptions.parse("--mode", "full", "--out", "r", "--tests", "Race_");

        assertThat(options.jcstressArgs()).containsExactly("-m", "default", "-t", "Race_", "-r", "r");
        assertThat(options.configurations()).isEmpty();
    }

    @Test
    void badCommandLinesAreRejectedWithTheUsage() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> GateOptions.parse("--mode", "quick"))
                .withMessageContaining("--out is required")
                .withMessageContaining("usage:");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> GateOptions.parse("--out", "r", "--mode", "slow"))
                .withMessageContaining("unknown mode 'slow', valid: quick, full");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> GateOptions.parse("--out", "r", "--fast", "x"))
                .withMessageContaining("unknown option --fast");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> GateOptions.parse("--out"))
                .withMessageContaining("missing value for --out");
    }
}
