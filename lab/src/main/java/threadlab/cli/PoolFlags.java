package threadlab.cli;

import java.time.Duration;
import threadlab.InvalidInputException;
import threadlab.child.PoolOptions;

/** The process-pool options of {@code run} ({@code --chunk}, {@code --max-tasks-per-child}, ...), checked. */
final class PoolFlags {

    private PoolFlags() {}

    /** The pool settings these options ask for; an option not given keeps the default. */
    static PoolOptions settings(Integer chunk, Integer maxTasksPerChild, Integer taskTimeoutMs, String onCrash) {
        PoolOptions settings = PoolOptions.of(1);
        if (chunk != null) {
            requireRange("--chunk", chunk, 1, 1_000_000);
            settings = settings.withChunk(chunk);
        }
        if (maxTasksPerChild != null) {
            requireRange("--max-tasks-per-child", maxTasksPerChild, 1, Integer.MAX_VALUE);
            settings = settings.withMaxTasksPerChild(maxTasksPerChild);
        }
        if (taskTimeoutMs != null) {
            requireRange("--task-timeout-ms", taskTimeoutMs, 1, 86_400_000);
            settings = settings.withTaskTimeout(Duration.ofMillis(taskTimeoutMs));
        }
        if (onCrash != null) {
            if (!onCrash.equals("replace") && !onCrash.equals("break")) {
                throw new InvalidInputException("--on-crash " + onCrash + " is not one of: replace, break");
            }
            settings = settings.withBreakOnCrash(onCrash.equals("break"));
        }
        return settings;
    }

    /** @throws InvalidInputException naming the option, when {@code value} is outside {@code [min, max]} */
    static void requireRange(String option, int value, int min, int max) {
        if (value < min || value > max) {
            throw new InvalidInputException(String.format("%s %d is out of range [%d, %d]", option, value, min, max));
        }
    }
}
