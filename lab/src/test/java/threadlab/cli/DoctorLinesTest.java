package threadlab.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import threadlab.measure.HostFacts;
import threadlab.result.MachineFacts;

/**
 * The doctor says what each limit means for the lessons: a Mac's backlog of 128 bounds the socket
 * sweeps, its thread cap meets platform-per-task, the lack of /dev/shm sends mapped files to disk,
 * a JDK older than 21 is refused. On Linux the facts are the ones the kernel gives.
 */
class DoctorLinesTest {

    private static final MachineFacts MAC = new MachineFacts(
            List.of(
                    new MachineFacts.JdkFact(
                            "/Library/Java/JavaVirtualMachines/temurin-25.jdk/Contents/Home",
                            "25.0.1",
                            "Eclipse Adoptium",
                            25,
                            true,
                            List.of("/Library/Java/JavaVirtualMachines")),
                    new MachineFacts.JdkFact(
                            "/Library/Java/JavaVirtualMachines/zulu-17.jdk/Contents/Home",
                            "17.0.9",
                            "Azul Systems, Inc.",
                            17,
                            false,
                            List.of("JAVA_HOME"))),
            "/var/folders/x7/abcdefgh_ijklmnopqrstuvwx0000gn/T/threadlab-student/ipc",
            103,
            null,
            new MachineFacts.LimitFact(10_240L, "ulimit -n"),
            new MachineFacts.LimitFact(128L, "kern.ipc.somaxconn"),
            128,
            new MachineFacts.LimitFact(4_096L, "kern.num_taskthreads"),
            60.0,
            false,
            new MachineFacts.PythonFact(
                    "/opt/homebrew/bin/python3", "3.13.1", "on", "/opt/homebrew/opt/python@3.13/bin/python3.13"),
            null,
            null,
            null);

    @Test
    void aMacsLimitsAreNamedWithWhatTheyDoToTheLessons() {
        DoctorLines lines = new DoctorLines(MAC, 8, 4L << 30, 16L << 30);

        assertThat(lines.jdks())
                .anySatisfy(l -> assertThat(l).contains("17.0.9").contains("refused: the lab needs JDK 21 or newer"));
        assertThat(lines.limits())
                .anySatisfy(l -> assertThat(l)
                        .startsWith("backlog  128 (kern.ipc.somaxconn)")
                        .contains("lets at most 128 wait for the server")
                        .contains("above 128 connects in flight io-scaling and sync-vs-async"
                                + " measure this cap, not the threads"));
        assertThat(lines.limits())
                .anySatisfy(l -> assertThat(l)
                        .startsWith("threads  4,096 (kern.num_taskthreads)")
                        .contains("platform-per-task at 10,000 meets it"));
        assertThat(lines.limits())
                .anySatisfy(l ->
                        assertThat(l).startsWith("files    10,240 (ulimit -n)").endsWith("it fits"));
        assertThat(lines.ipc()).anySatisfy(l -> assertThat(l).startsWith("/dev/shm absent"));
        assertThat(lines.ipc()).anySatisfy(l -> assertThat(l).contains("103 bytes here, 32 left"));
        assertThat(lines.chromium()).contains("none found");
        for (String l : lines.limits()) {
            assertThat(l).as("a fact, then what it means").contains(": ");
        }
    }

    @Test
    void onLinuxTheFactsAreTheKernels() throws Exception {
        Path somaxconn = Path.of("/proc/sys/net/core/somaxconn");
        assumeTrue(
                Files.isReadable(somaxconn) && System.getProperty("threadlab.backlogCap") == null,
                "Linux, no override");
        MachineFacts facts = HostFacts.facts();

        assertThat(facts.backlogCap().value())
                .isEqualTo(Long.parseLong(Files.readAllLines(somaxconn).get(0).strip()));
        assertThat(facts.backlogCap().source()).isEqualTo("net.core.somaxconn");
        String openFiles = Files.readAllLines(Path.of("/proc/self/limits")).stream()
                .filter(l -> l.startsWith("Max open files"))
                .findFirst()
                .orElseThrow()
                .substring("Max open files".length())
                .strip()
                .split("\\s+")[0];
        assertThat(String.valueOf(facts.descriptors().value())).isEqualTo(openFiles);
        assertThat(facts.threads().value())
                .isPositive()
                .isLessThanOrEqualTo(Long.parseLong(Files.readAllLines(Path.of("/proc/sys/kernel/pid_max"))
                        .get(0)
                        .strip()));
        assertThat(facts.sharedMemory()).isEqualTo(Files.isDirectory(Path.of("/dev/shm")) ? "/dev/shm" : null);
        assertThat(facts.jdks()).anySatisfy(j -> assertThat(j.foundBy()).contains("this JVM"));
        assertThat(facts.timedParkCoarse()).isFalse();
    }
}
