package threadlab.child;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether a process still runs, for tests that check that processes ended. A process that has
 * exited but whose parent has not yet collected its exit status (a zombie) has ended, yet
 * {@link ProcessHandle#isAlive()} says it is alive: on Linux it reads {@code /proc/PID/stat}, which
 * a zombie still has. An orphan's zombie waits for the init process that adopted it, and some
 * reap late (one container init here collected orphans about every 2 s), so this reads the state
 * letter too where the OS shows it.
 */
public final class Liveness {

    private Liveness() {}

    /** True while {@code pid} runs: present, alive, and (where {@code /proc} tells) neither a zombie nor dead. */
    public static boolean running(long pid) {
        if (!ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
            return false;
        }
        if (!Files.isReadable(Path.of("/proc/self/stat"))) {
            return true; // no procfs (macOS, Windows): isAlive is all there is
        }
        try {
            String text = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            // "PID (COMMAND) STATE ...": the command may hold spaces and parentheses, the state follows the last ')'.
            int close = text.lastIndexOf(')');
            char state = close >= 0 && close + 2 < text.length() ? text.charAt(close + 2) : '?';
            return state != 'Z' && state != 'X' && state != 'x';
        } catch (IOException e) {
            return false; // gone between the two looks
        }
    }
}
