package threadlab.mode;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import threadlab.measure.TaskProbe;
import threadlab.workload.Checksums;
import threadlab.workload.Workload;
import threadlab.workload.Workloads;

/**
 * The lab's correctness check: every mode gives every workload the same run checksum, except where
 * a mode cannot run a workload honestly ({@code async} on {@code counter}): there it must say so.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class CrossModeChecksumTest {

    private static final int TASKS = 6;

    static List<String> workloads() {
        return List.of(
                "sleep:ms=2",
                "socket:latencyMs=1,bytes=300",
                "socket:latencyMs=1,bytes=300,rounds=3",
                "cpu:work=20000",
                "mixed:cpuWork=5000,ioMs=1",
                "counter:lock=synchronized,increments=2000",
                "counter:lock=reentrant,increments=2000",
                "counter:lock=atomic,increments=2000",
                "counter:lock=adder,increments=2000");
    }

    static List<Arguments> everyModeForEveryWorkload() {
        List<Arguments> cases = new ArrayList<>();
        for (String workload : workloads()) {
            for (ModeType type : Modes.types()) {
                if (!refuses(type.name(), workload)) {
                    cases.add(Arguments.of(workload, type.bounded() ? type.name() + ":3" : type.name()));
                }
            }
            if (!refuses("async", workload)) {
                cases.add(Arguments.of(workload, "async"));
            }
        }
        return cases;
    }

    static List<Arguments> refusedCases() {
        List<Arguments> cases = new ArrayList<>();
        for (String workload : workloads()) {
            if (refuses("async", workload)) {
                cases.add(Arguments.of(workload, "async"));
                cases.add(Arguments.of(workload, "async:3"));
            }
        }
        return cases;
    }

    /** The async mode has no non-blocking form of a shared counter's locked increments. */
    private static boolean refuses(String mode, String workload) {
        return mode.equals("async") && workload.startsWith("counter:");
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("everyModeForEveryWorkload")
    void sameChecksumAsSequential(String workload, String mode) throws Exception {
        try (Workload w = Workloads.create(workload)) {
            if (mode.startsWith("process-") && w.childProcessLimitation() != null) {
                assertRefused(w, mode);
                return;
            }
        }
        assertThat(checksum(workload, mode)).isEqualTo(checksum(workload, "sequential"));
    }

    /** A workload that cannot cross into a child JVM is refused, as data, with the reason. */
    private static void assertRefused(Workload workload, String mode) throws InterruptedException {
        TaskProbe probe = new TaskProbe();
        try (Mode m = Modes.parse(mode)) {
            m.run(workload, TASKS, probe);
        }
        assertThat(probe.completed()).isZero();
        assertThat(probe.failed()).isEqualTo(TASKS);
        assertThat(probe.error()).contains(workload.childProcessLimitation());
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("refusedCases")
    void aModeThatCannotRunAWorkloadSaysSoAsTheRunsError(String spec, String mode) throws Exception {
        TaskProbe probe = new TaskProbe();
        try (Workload workload = Workloads.create(spec)) {
            try (Mode m = Modes.parse(mode)) {
                m.run(workload, TASKS, probe);
            }
        }
        assertThat(probe.completed()).isZero();
        assertThat(probe.failed()).isEqualTo(TASKS);
        assertThat(probe.error()).contains("'" + spec + "' has no non-blocking form");
    }

    private static String checksum(String spec, String mode) throws InterruptedException {
        TaskProbe probe = new TaskProbe();
        try (Workload workload = Workloads.create(spec);
                Mode m = Modes.parse(mode)) {
            m.run(workload, TASKS, probe);
            assertThat(probe.error()).as("error in %s", mode).isNull();
            assertThat(probe.completed()).isEqualTo(TASKS);
            return Checksums.hex(workload.runChecksum(probe.combinedChecksum()));
        }
    }
}
