package threadlab.result;

import java.util.Optional;

/**
 * Plain words for the mode ids that results name ({@code platform-pool:200} is "the pool of 200"),
 * said where the mode is declared: the mode catalog for the core's modes, the lesson catalog for a
 * lesson's own. Readers of results (the report) find every vocabulary through
 * {@link java.util.ServiceLoader} ({@code META-INF/services}), so they name a mode as its catalog
 * does without depending on the modes.
 */
public interface ModeWords {

    /**
     * The words for a mode of this name and bound ({@code platform-pool}, {@code 200}; the bound is
     * null for an id without {@code :N}), or empty if this vocabulary does not know the name.
     */
    Optional<String> describe(String name, String bound);
}
