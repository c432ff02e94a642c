package threadlab.report;

/**
 * Plain words for a mode id, for conclusions: {@code platform-pool:200} is "the pool of 200".
 * An id the report does not know is quoted as it is, so a new mode reads correctly, if plainly.
 */
public final class ModeNames {

    private ModeNames() {}

    public static String describe(String mode) {
        String name = name(mode);
        String bound = bound(mode);
        return switch (name) {
            case "sequential" -> "sequential";
            case "virtual" -> "virtual threads";
            case "platform-per-task" -> "a thread per task";
            case "platform-pool" -> bound == null ? "the platform pool" : "the pool of " + bound;
            case "virtual-bounded" -> bound == null ? "bounded virtual threads" : "virtual threads capped at " + bound;
            case "forkjoin" -> bound == null ? "ForkJoinPool" : "ForkJoinPool(" + bound + ")";
            case "jdk-virtual-loop" -> "the bare JDK loop";
            case "process-per-task" -> "a process per task";
            case "process-pool" -> bound == null ? "the process pool" : "the pool of " + bound + " processes";
            default -> mode;
        };
    }

    /** {@code platform-pool} of {@code platform-pool:200}. */
    public static String name(String mode) {
        int colon = mode.indexOf(':');
        return colon < 0 ? mode : mode.substring(0, colon);
    }

    /** {@code 200} of {@code platform-pool:200}, or null. */
    static String bound(String mode) {
        int colon = mode.indexOf(':');
        return colon < 0 ? null : mode.substring(colon + 1);
    }

    /** The bound as a number, or -1 when the mode has none. */
    public static int boundValue(String mode) {
        try {
            String b = bound(mode);
            return b == null ? -1 : Integer.parseInt(b.replace("_", ""));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Upper-cases the first letter, for a mode that starts a sentence. */
    public static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
