package threadlab.mode;

import java.util.function.IntFunction;
import threadlab.child.PoolOptions;

/**
 * One entry of the mode catalog: its name, whether it takes a bound {@code :N}, the id as a user
 * writes it, one line of explanation, and how to build it from the bound and the process-pool
 * settings (which only process modes read). A mode whose bound is {@code optional} (as
 * {@code async}) means "no bound" without {@code :N}: its factory is given {@link #NO_BOUND}
 * rather than a default bound. {@code words} name the mode in a sentence ("the platform pool"), and
 * {@code boundedWords} with its bound for {@code %s} ("the pool of %s"); see {@link #named}.
 */
public record ModeType(
        String name,
        boolean bounded,
        String usage,
        String summary,
        Factory factory,
        boolean optional,
        String words,
        String boundedWords) {

    /** What an optionally bounded mode's factory is given when the id has no {@code :N}. */
    public static final int NO_BOUND = 0;

    /** Builds a mode from its bound and the process-pool settings. */
    @FunctionalInterface
    public interface Factory {
        Mode create(int bound, PoolOptions settings);
    }

    /** A mode that needs the process-pool settings. */
    public ModeType(String name, boolean bounded, String usage, String summary, Factory factory) {
        this(name, bounded, usage, summary, factory, false, name, null);
    }

    /** A mode that needs only its bound; {@code optional}: see above. */
    public ModeType(
            String name, boolean bounded, String usage, String summary, IntFunction<Mode> factory, boolean optional) {
        this(name, bounded, usage, summary, (bound, settings) -> factory.apply(bound), optional, name, null);
    }

    /** A mode that takes no bound, or always has one ({@code :N} or the default). */
    public ModeType(String name, boolean bounded, String usage, String summary, IntFunction<Mode> factory) {
        this(name, bounded, usage, summary, factory, false);
    }

    /** The same entry, named in sentences by {@code words}, with a bound by {@code boundedWords} (a format of it). */
    public ModeType named(String words, String boundedWords) {
        return new ModeType(name, bounded, usage, summary, factory, optional, words, boundedWords);
    }

    /** The words for this mode with {@code bound} (null: the id has none). */
    public String describe(String bound) {
        return bound == null || boundedWords == null ? words : String.format(boundedWords, bound);
    }
}
