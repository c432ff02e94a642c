package threadlab.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import threadlab.result.ResultsFile;

/**
 * {@code jcstress/summary.json} ({@code threadlab.jcstress/1}): every stress test with its
 * verdict and the outcomes observed, each with its expectation ({@code ACCEPTABLE},
 * {@code ACCEPTABLE_INTERESTING}, {@code FORBIDDEN}) and how many samples showed it.
 */
record JcstressSummary(String schema, String mode, String jdk, Integer cores, List<Test> tests) {

    static final String FILE = "jcstress/summary.json";
    static final String FORBIDDEN = "FORBIDDEN";
    static final String INTERESTING = "ACCEPTABLE_INTERESTING";

    record Test(String test, String family, String verdict, List<Outcome> outcomes) {

        long samples() {
            return outcomes == null
                    ? 0
                    : outcomes.stream().mapToLong(Outcome::samples).sum();
        }

        /** Samples whose outcome has the given expectation. */
        long samples(String expect) {
            return outcomes == null
                    ? 0
                    : outcomes.stream()
                            .filter(o -> expect.equals(o.expect()))
                            .mapToLong(Outcome::samples)
                            .sum();
        }

        /** {@code Race_01_LostUpdate} of {@code threadlab.stress.Race_01_LostUpdate}. */
        String shortName() {
            return test.substring(test.lastIndexOf('.') + 1);
        }
    }

    record Outcome(String outcome, String expect, long samples, String desc) {}

    /**
     * Reads a summary file.
     *
     * @throws IOException if the file is unreadable, not JSON, or has no {@code tests} list
     */
    static JcstressSummary read(Path file) throws IOException {
        JcstressSummary summary = ResultsFile.json().readValue(file.toFile(), JcstressSummary.class);
        if (summary == null || summary.tests() == null) {
            throw new IOException("no 'tests' list");
        }
        if (summary.tests().stream().anyMatch(t -> t.test() == null)) {
            throw new IOException("a test entry lacks its 'test' name");
        }
        return summary;
    }
}
