package threadlab.stress.gate;

/**
 * One outcome of one test, as graded by jcstress.
 *
 * @param outcome the observed result ({@code "1, 1"}), or the declared pattern when it was never
 *                observed (then {@code samples} is 0)
 * @param expect  {@code ACCEPTABLE}, {@code ACCEPTABLE_INTERESTING} or {@code FORBIDDEN}
 * @param samples how many times it was observed, over every fork and iteration
 * @param desc    the test's description of what it means
 */
public record OutcomeSummary(String outcome, String expect, long samples, String desc) {

    public boolean interesting() {
        return expect.equals("ACCEPTABLE_INTERESTING");
    }

    public boolean forbiddenSeen() {
        return expect.equals("FORBIDDEN") && samples > 0;
    }
}
