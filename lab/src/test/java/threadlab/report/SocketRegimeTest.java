package threadlab.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import threadlab.result.RunResult;
import threadlab.workload.Nature;
import threadlab.workload.SocketFields;

/** A socket sweep is labelled by its own runs: CPU spread over the cores against each task's wait. */
class SocketRegimeTest {

    @Test
    void moreCpuThanWaitIsCpuBoundAndLessIsIoBound() {
        // 10,000 tasks of 10 round trips: 8 CPU-s on 2 cores is 4 s, against 10 x 1 ms and 10 x 1 s of wait.
        String cpuBound = "socket:latencyMs=1,bytes=64,rounds=10";
        String ioBound = "socket:latencyMs=1000,bytes=64,rounds=10";

        assertThat(SocketRegime.sentence(cpuBound, cells(cpuBound, 8.0), 2))
                .hasValueSatisfying(s -> assertThat(s)
                        .contains("CPU-bound, on purpose")
                        .contains("80.0 µs per round trip")
                        .contains("the server's JVM 25%")
                        .contains("more than"));
        assertThat(SocketRegime.sentence(ioBound, cells(ioBound, 8.0), 2))
                .hasValueSatisfying(s -> assertThat(s).contains("I/O-bound").contains("less than"));
    }

    @Test
    void otherWorkloadsAndRunsWithoutTheFieldsGetNoSentence() {
        assertThat(SocketRegime.sentence("sleep:ms=10", cells("sleep:ms=10", 1.0), 2))
                .isEmpty();
        RunResult bare = RunResult.builder("x", "socket:latencyMs=1", Nature.IO, "virtual", 10, 10, 0)
                .cpuSeconds(1.0)
                .build();
        assertThat(SocketRegime.sentence(
                        "socket:latencyMs=1",
                        List.of(new ModeCell("x", "socket:latencyMs=1", Nature.IO, 10, "virtual", List.of(bare))),
                        2))
                .isEmpty();
    }

    private static List<ModeCell> cells(String workload, double cpuSeconds) {
        RunResult run = RunResult.builder("x", workload, Nature.IO, "virtual", 10_000, 10_000, 0)
                .wallSeconds(5)
                .cpuSeconds(cpuSeconds)
                .build()
                .with(new SocketFields("child-jvm", 10, 100_000L, cpuSeconds / 4, 0L));
        return List.of(new ModeCell("x", workload, Nature.IO, 10_000, "virtual", List.of(run)));
    }
}
