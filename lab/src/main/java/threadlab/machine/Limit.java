package threadlab.machine;

/**
 * A limit the OS sets on what a run can do, and where it was read.
 *
 * @param value the limit, or null where the OS does not say (then {@code source} says why)
 * @param source where the value came from ({@code net.core.somaxconn}, {@code ulimit -n}, a
 *     property, ...), or why there is none
 */
public record Limit(Long value, String source) {

    static Limit of(long value, String source) {
        return new Limit(value, source);
    }

    static Limit unknown(String why) {
        return new Limit(null, why);
    }

    public boolean known() {
        return value != null;
    }
}
