package threadlab.python;

import java.util.List;

/**
 * A Python interpreter that answered when asked who it is.
 *
 * @param command how to start it: its path, or a launcher and its argument ({@code py -3} on Windows)
 * @param version its version, {@code major.minor.micro}
 * @param gil its global interpreter lock: {@code "on"} (a standard build), {@code "off"} (a
 *     free-threaded build running without it, PEP 703) or {@code "on-again"} (a free-threaded
 *     build that turned it back on, for an extension module or {@code PYTHON_GIL=1})
 * @param executable the program that runs ({@code sys.executable}), which a launcher or a shim hides
 */
public record Interpreter(List<String> command, String version, String gil, String executable) {

    /** The oldest Python the baseline script supports. */
    public static final int[] MIN_VERSION = {3, 8};

    public Interpreter {
        command = List.copyOf(command);
    }

    /** The command as one would type it. */
    public String label() {
        return String.join(" ", command);
    }

    /** Whether this Python is at least {@link #MIN_VERSION}. */
    public boolean supported() {
        return atLeast(version, MIN_VERSION[0], MIN_VERSION[1]);
    }

    /** Whether a {@code major.minor[.micro]} version is at least {@code major.minor}. */
    static boolean atLeast(String version, int major, int minor) {
        String[] parts = version.split("\\.");
        try {
            int ma = Integer.parseInt(parts[0]);
            int mi = parts.length > 1 ? Integer.parseInt(parts[1].replaceAll("\\D.*", "")) : 0;
            return ma > major || (ma == major && mi >= minor);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** "3.8 or newer". */
    public static String minimum() {
        return MIN_VERSION[0] + "." + MIN_VERSION[1] + " or newer";
    }
}
