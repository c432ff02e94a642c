package threadlab.mode;

import java.util.function.IntFunction;
import threadlab.process.PoolOptions;

/**
 * One entry of the mode catalog: its name, whether it takes a bound {@code :N}, the id as a user
 * writes it, one line of explanation, and how to build it from the bound and the process-pool
 * settings (which only process modes read).
 */
public record ModeType(String name, boolean bounded, String usage, String summary, Factory factory) {

    /** Builds a mode from its bound and the process-pool settings. */
    @FunctionalInterface
    public interface Factory {
        Mode create(int bound, PoolOptions settings);
    }

    /** A mode that needs only its bound. */
    public ModeType(String name, boolean bounded, String usage, String summary, IntFunction<Mode> factory) {
        this(name, bounded, usage, summary, (bound, settings) -> factory.apply(bound));
    }
}
