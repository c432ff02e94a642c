package threadlab.report;

import java.util.List;

/** Small pieces of plain English the conclusions share. */
public final class Sentences {

    private Sentences() {}

    /** "a", "a and b", "a, b and c". */
    public static String list(List<String> items) {
        if (items.isEmpty()) {
            return "";
        }
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    /** What a workload's tasks are called: sleeps, round trips, tasks. */
    public static String tasksNoun(ModeCell cell) {
        return switch (cell.workloadName()) {
            case "sleep" -> "sleeps";
            case "socket" -> "round trips";
            default -> "tasks";
        };
    }

    /** "faster" or "slower" with the factor, from a ratio of times (other / base). */
    public static String fasterOrSlower(double baseSeconds, double otherSeconds) {
        if (otherSeconds <= baseSeconds) {
            return Formats.times(baseSeconds / otherSeconds) + " faster";
        }
        return Formats.times(otherSeconds / baseSeconds) + " slower";
    }
}
