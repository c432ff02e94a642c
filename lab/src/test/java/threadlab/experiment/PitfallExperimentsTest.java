package threadlab.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import threadlab.result.RunResult;

/**
 * A pitfall trial whose child JVM cannot start is recorded as failed runs that say why. What the four
 * pitfall experiments show when they do run is checked on this build's quick run
 * ({@link PitfallExperimentsIT}).
 */
class PitfallExperimentsTest {

    @Test
    @Timeout(value = 1, unit = TimeUnit.MINUTES)
    void aChildJvmThatCannotStartIsRecordedAsFailedRunsSayingWhy() throws Exception {
        Trial broken = Trial.of("pinning:block=synchronized,ms=1", threadlab.mode.Modes.parse("virtual"), 3, 2)
                .inChildJvm(List.of("-XX:+NoSuchOptionInAnyJdk"));
        var recorded = new java.util.ArrayList<RunResult>();
        ChildTrials.run("pinning", List.of(broken), null, new ChildTrials.Sink() {
            @Override
            public void starting(Trial trial, int repeat) {}

            @Override
            public void ended(RunResult result) {
                recorded.add(result);
            }
        });
        assertThat(recorded)
                .hasSize(2)
                .allMatch(r -> r.failed() == 3 && r.completed() == 0)
                .allMatch(r -> r.error().contains("the child JVM ended before this run")
                        && r.error().contains("NoSuchOptionInAnyJdk"));
    }
}
