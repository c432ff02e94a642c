package threadlab.machine;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The OS limits that decide some of the lab's numbers, read where the OS tells them:
 * <ul>
 *   <li>the <b>listen backlog cap</b>: a server asking for a backlog of 65,535 gets at most this
 *       many connections waiting to be accepted; beyond it connects are dropped and retried
 *       (macOS, about 1 s later) or refused. Linux: {@code net.core.somaxconn}; macOS:
 *       {@code kern.ipc.somaxconn} (128 by default); Windows does not say.
 *       {@value #BACKLOG_PROPERTY} overrides it, so that one OS can stand in for another;</li>
 *   <li>the <b>descriptor limit</b> of this process ({@code ulimit -n}): each loopback round trip
 *       in flight holds one descriptor here, the client's, and one in the server's JVM;</li>
 *   <li>the <b>thread limit</b>: how many threads the OS lets this process have. Linux: the
 *       smallest of {@code ulimit -u}, {@code kernel.threads-max}, {@code kernel.pid_max} and the
 *       cgroup's {@code pids.max}; macOS: {@code kern.num_taskthreads}; Windows sets none (memory
 *       for the stacks runs out first).</li>
 * </ul>
 */
public final class OsLimits {

    /** Overrides the backlog cap read from the OS: {@code -Dthreadlab.backlogCap=128} makes Linux stand in for a Mac. */
    public static final String BACKLOG_PROPERTY = "threadlab.backlogCap";

    /**
     * The bound a Windows client edition puts on a listen backlog, per Microsoft's documentation
     * of {@code listen} (SOMAXCONN is "a reasonable maximum"; client editions use about 200). Not
     * readable from the OS: used to bound connects in flight, and said to be assumed.
     */
    public static final int WINDOWS_CLIENT_BACKLOG = 200;

    private static final Path PROC = Path.of("/proc");

    private static volatile Limit osBacklog;

    private OsLimits() {}

    /** The backlog cap in force: {@value #BACKLOG_PROPERTY} if set, else the OS's. */
    public static Limit backlogCap() {
        String configured = System.getProperty(BACKLOG_PROPERTY);
        if (configured != null) {
            try {
                long v = Long.parseLong(configured.strip());
                if (v > 0) {
                    return Limit.of(v, "property " + BACKLOG_PROPERTY);
                }
            } catch (NumberFormatException e) {
                // not a number: the OS's cap stands
            }
        }
        Limit os = osBacklog;
        if (os == null) {
            os = readBacklog();
            osBacklog = os;
        }
        return os;
    }

    /**
     * How many connects may wait for the server at once, or 0 for no bound: the backlog cap where
     * known; on Windows, which does not say, its client editions' {@value #WINDOWS_CLIENT_BACKLOG}.
     */
    public static int connectBound() {
        Limit cap = backlogCap();
        if (cap.known()) {
            return (int) Math.min(Integer.MAX_VALUE, cap.value());
        }
        return windows() ? WINDOWS_CLIENT_BACKLOG : 0;
    }

    private static Limit readBacklog() {
        if (Files.isReadable(PROC.resolve("sys/net/core/somaxconn"))) {
            return number(PROC.resolve("sys/net/core/somaxconn"))
                    .map(v -> Limit.of(v, "net.core.somaxconn"))
                    .orElse(Limit.unknown("net.core.somaxconn unreadable"));
        }
        if (mac()) {
            return sysctl("kern.ipc.somaxconn");
        }
        if (windows()) {
            return Limit.unknown(
                    "not readable on Windows (client editions cap it at about " + WINDOWS_CLIENT_BACKLOG + ")");
        }
        return Limit.unknown("not readable on " + System.getProperty("os.name"));
    }

    /** This process's limit on open descriptors ({@code ulimit -n}). */
    public static Limit descriptors() {
        try {
            if (ManagementFactory.getOperatingSystemMXBean()
                    instanceof com.sun.management.UnixOperatingSystemMXBean unix) {
                return Limit.of(unix.getMaxFileDescriptorCount(), "ulimit -n");
            }
        } catch (LinkageError | RuntimeException e) {
            // no jdk.management: read /proc below
        }
        Long soft = procLimit("Max open files");
        if (soft != null) {
            return Limit.of(soft, "ulimit -n");
        }
        return windows()
                ? Limit.unknown("no per-process descriptor limit on Windows (handles are bounded by memory)")
                : Limit.unknown("not readable here");
    }

    /** How many threads this process may have. */
    public static Limit threads() {
        if (Files.isReadable(PROC.resolve("self/limits"))) {
            List<Limit> limits = new ArrayList<>();
            Long nproc = procLimit("Max processes");
            if (nproc != null) {
                limits.add(Limit.of(nproc, "ulimit -u: threads of this user"));
            }
            number(PROC.resolve("sys/kernel/threads-max"))
                    .ifPresent(v -> limits.add(Limit.of(v, "kernel.threads-max")));
            number(PROC.resolve("sys/kernel/pid_max"))
                    .ifPresent(v -> limits.add(Limit.of(v, "kernel.pid_max: every thread takes a pid")));
            for (String pids : List.of("/sys/fs/cgroup/pids.max", "/sys/fs/cgroup/pids/pids.max")) {
                number(Path.of(pids)).ifPresent(v -> limits.add(Limit.of(v, "cgroup pids.max")));
            }
            return limits.stream()
                    .min(java.util.Comparator.comparingLong(Limit::value))
                    .orElse(Limit.unknown("not readable here"));
        }
        if (mac()) {
            return sysctl("kern.num_taskthreads");
        }
        if (windows()) {
            return Limit.unknown("no fixed cap on Windows (memory for thread stacks runs out first)");
        }
        return Limit.unknown("not readable on " + System.getProperty("os.name"));
    }

    /** A soft limit of {@code /proc/self/limits}, or null ("unlimited" too). */
    private static Long procLimit(String name) {
        try {
            for (String line : Files.readAllLines(PROC.resolve("self/limits"))) {
                if (line.startsWith(name)) {
                    String[] words = line.substring(name.length()).strip().split("\\s+");
                    return words[0].matches("\\d+") ? Long.parseLong(words[0]) : null;
                }
            }
        } catch (IOException | RuntimeException e) {
            // unreadable: no value
        }
        return null;
    }

    /** The number a one-line file holds. Read by lines: Files.readString gave the first byte only of sysctl files (/proc/sys) here. */
    private static java.util.Optional<Long> number(Path file) {
        try {
            String text = String.join("", Files.readAllLines(file)).strip();
            return text.matches("\\d+") ? java.util.Optional.of(Long.parseLong(text)) : java.util.Optional.empty();
        } catch (IOException | RuntimeException e) {
            return java.util.Optional.empty();
        }
    }

    /** A macOS kernel value, asked of {@code /usr/sbin/sysctl -n NAME} (an argument list, no shell). */
    private static Limit sysctl(String name) {
        try {
            Process p = new ProcessBuilder("/usr/sbin/sysctl", "-n", name)
                    .redirectErrorStream(true)
                    .start();
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readNBytes(256)).strip();
            if (p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0 && out.matches("\\d+")) {
                return Limit.of(Long.parseLong(out), name);
            }
            p.destroyForcibly();
            return Limit.unknown(name + " unreadable");
        } catch (IOException e) {
            return Limit.unknown(name + " unreadable (" + e.getMessage() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Limit.unknown(name + " not read (interrupted)");
        }
    }

    static boolean windows() {
        return System.getProperty("os.name", "").startsWith("Windows");
    }

    static boolean mac() {
        return System.getProperty("os.name", "").startsWith("Mac");
    }
}
