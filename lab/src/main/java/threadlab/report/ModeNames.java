package threadlab.report;

import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import threadlab.result.ModeWords;

/**
 * Plain words for a mode id, for conclusions: {@code platform-pool:200} is "the pool of 200", as
 * the catalog that declares the mode words it ({@link ModeWords}: the mode catalog, the lesson
 * catalog). An id no catalog knows is quoted as it is, so a new mode reads correctly, if plainly.
 */
public final class ModeNames {

    private static final List<ModeWords> WORDS = ServiceLoader.load(ModeWords.class).stream()
            .map(ServiceLoader.Provider::get)
            .toList();

    private ModeNames() {}

    public static String describe(String mode) {
        String name = name(mode);
        String bound = bound(mode);
        return WORDS.stream()
                .map(w -> w.describe(name, bound))
                .flatMap(Optional::stream)
                .findFirst()
                .orElse(mode);
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
