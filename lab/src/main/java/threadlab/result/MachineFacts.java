package threadlab.result;

import java.util.List;

/**
 * What this machine lets the lab show, in every results file's {@code environment.machine}: the
 * facts {@code java -jar lab.jar doctor} prints, those that can be read without starting a
 * kernel or a browser. A fact the OS does not tell is null, with a {@code source} saying why.
 *
 * @param jdks every JDK found (the running one too), newest first; {@code usable} when 21 or newer
 * @param ipcFolder where mapped files and socket files go
 * @param socketPathLimitBytes the longest Unix-domain socket path the OS takes
 * @param sharedMemory {@code /dev/shm} where it exists, else null (files then go to disk-backed temp)
 * @param descriptors this process's open-file limit
 * @param backlogCap the listen backlog cap (or the {@code threadlab.backlogCap} override)
 * @param connectBound connects the socket workload lets wait for the server at once (0: no bound)
 * @param threads the threads this process may have
 * @param timedParkMicros what a 20 µs park took here (median of a few)
 * @param timedParkCoarse whether timed parks are coarse here (Windows), so pollers do not park
 * @param python the Python the baseline runs, or null ({@code pythonProblem} says why)
 * @param jupyter the {@code jupyter} program, or null (its kernel is checked by {@code doctor} and {@code notebooks})
 * @param chromium the browser the report's test renders in, or null
 */
public record MachineFacts(
        List<JdkFact> jdks,
        String ipcFolder,
        Integer socketPathLimitBytes,
        String sharedMemory,
        LimitFact descriptors,
        LimitFact backlogCap,
        Integer connectBound,
        LimitFact threads,
        Double timedParkMicros,
        Boolean timedParkCoarse,
        PythonFact python,
        String pythonProblem,
        String jupyter,
        String chromium) {

    /** One JDK found on the machine. */
    public record JdkFact(
            String home, String version, String vendor, int feature, boolean usable, List<String> foundBy) {}

    /** A limit and where it was read ({@code value} null: unknown, {@code source} says why). */
    public record LimitFact(Long value, String source) {}

    /** A Python: how it is started, its version, its GIL ({@code on}, {@code off}, {@code on-again}), its executable. */
    public record PythonFact(String command, String version, String gil, String executable) {}
}
