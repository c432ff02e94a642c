package threadlab.stress.gate;

import java.util.List;

/**
 * The verdict on one jcstress test.
 *
 * @param test     the test's name, e.g. {@code threadlab.stress.Race_04_CheckThenAct.GetThenPut}
 * @param family   the prefix of its numbered name, e.g. {@code Race}
 * @param verdict  {@code OK}: ran and saw nothing forbidden; {@code FAILED}: ran and saw a
 *                 forbidden outcome; {@code ERROR}: did not run cleanly (exception, timeout,
 *                 VM crash, or no result at all)
 * @param outcomes every graded outcome, observed or declared
 */
public record TestSummary(String test, String family, String verdict, List<OutcomeSummary> outcomes) {

    public static final String OK = "OK";
    public static final String FAILED = "FAILED";
    public static final String ERROR = "ERROR";

    /**
     * The family of a test name: the numbered class's prefix, {@code Race} for both
     * {@code threadlab.stress.Race_01_LostUpdate} and {@code threadlab.stress.Race_04_CheckThenAct.GetThenPut}.
     * A name without a numbered class is its own family.
     */
    public static String familyOf(String test) {
        for (String part : test.split("\\.")) {
            int underscore = part.indexOf('_');
            if (underscore > 0) {
                return part.substring(0, underscore);
            }
        }
        return test.substring(test.lastIndexOf('.') + 1);
    }

    public boolean passed() {
        return verdict.equals(OK);
    }

    public long totalSamples() {
        return outcomes.stream().mapToLong(OutcomeSummary::samples).sum();
    }

    public boolean racy() {
        return outcomes.stream().anyMatch(OutcomeSummary::interesting);
    }
}
