package threadlab.mode;

import java.util.Optional;
import threadlab.result.ModeWords;

/** The mode catalog's words for its modes, for readers of results ({@code META-INF/services}). */
public final class CatalogModeWords implements ModeWords {

    @Override
    public Optional<String> describe(String name, String bound) {
        return Modes.describe(name, bound);
    }
}
