package threadlab.mode;

import java.util.function.IntFunction;

/**
 * One entry of the mode catalog: its name, whether it takes a bound {@code :N}, the id as a user
 * writes it, one line of explanation, and how to build it.
 */
public record ModeType(String name, boolean bounded, String usage, String summary, IntFunction<Mode> factory) {}
