package threadlab.stress.gate;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the jcstress suite and decides. Exit status: 0 if every test ran and no forbidden outcome
 * was observed; 1 otherwise (a forbidden outcome, a test error, a test that produced no result);
 * 2 for a bad command line; 3 if the gate itself broke down (the exception is printed).
 * Writes {@code summary.json} beside jcstress's own reports and prints, for every racy test,
 * how often its interesting outcomes showed.
 *
 * <pre>
 *   java -cp stress-tests/target/jcstress.jar threadlab.stress.gate.Gate --out results/my-run/jcstress
 *   java -cp stress-tests/target/jcstress.jar threadlab.stress.gate.Gate --out results/my-run/jcstress --mode full
 * </pre>
 */
public final class Gate {

    private Gate() {}

    public static void main(String[] args) throws Exception {
        GateOptions options;
        try {
            options = GateOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        int status;
        try {
            status = run(options) ? 0 : 1;
        } catch (Exception e) {
            e.printStackTrace();
            status = 3;
        }
        System.exit(status);
    }

    /**
     * Runs the suite on each JVM configuration of {@code options}, writes the summary, prints the
     * verdict; true if the gate passes.
     */
    static boolean run(GateOptions options) throws Exception {
        long start = System.nanoTime();
        List<SuiteRun> runs = new ArrayList<>();
        List<String> configurations = new ArrayList<>();
        SuiteRun first = SuiteRun.run(options.jcstressArgs(), options.out());
        runs.add(first);
        List<String> took = new ArrayList<>(List.of(seconds(start) + " s"));
        if (options.configurations().isEmpty()) {
            configurations.add("jcstress default: every configuration it detects, split compilation");
        }
        for (JvmConfiguration configuration : options.configurations()) {
            List<String> chosen =
                    first.tests().stream().filter(configuration::runs).toList();
            if (chosen.isEmpty()) {
                continue;
            }
            configurations.add(configuration.describe());
            if (configuration != JvmConfiguration.TIERED) {
                long begun = System.nanoTime();
                runs.add(SuiteRun.run(options.jcstressArgs(configuration, chosen), options.folder(configuration)));
                took.add(seconds(begun) + " s");
            }
        }
        List<TestSummary> tests =
                GradedResults.grade(runs.stream().map(SuiteRun::blob).toList(), first.tests());
        Summary summary = Summary.of(options.mode(), configurations, tests);
        Path written = summary.write(options.out());
        // jcstress grades the same results; should it disagree with this gate, trust the failure
        List<String> failures = runs.stream()
                .map(SuiteRun::jcstressFailures)
                .filter(f -> f != null)
                .toList();
        boolean passed = summary.passed() && failures.isEmpty();
        print(summary, passed, written, Duration.ofNanos(System.nanoTime() - start), took);
        if (summary.passed() && !passed) {
            System.out.println(
                    "  jcstress reported failures the summary does not show: " + String.join("; ", failures));
        }
        return passed;
    }

    private static long seconds(long sinceNanos) {
        return Duration.ofNanos(System.nanoTime() - sinceNanos).toSeconds();
    }

    private static void print(Summary summary, boolean passed, Path written, Duration took, List<String> perRun) {
        System.out.println();
        System.out.println("THREAD LAB STRESS GATE (" + summary.mode() + ", JDK " + summary.jdk() + ", "
                + summary.cores() + " cores)");
        for (String configuration : summary.configurations()) {
            System.out.println("  JVM configuration " + configuration);
        }
        System.out.println("  How often each allowed race showed (reported, not asserted):");
        for (String line : RacyReport.lines(summary.tests())) {
            System.out.println("    " + line);
        }
        List<TestSummary> bad =
                summary.tests().stream().filter(t -> !t.passed()).toList();
        for (TestSummary test : bad) {
            System.out.println("  " + test.verdict() + ": " + test.test());
            test.outcomes().stream()
                    .filter(OutcomeSummary::forbiddenSeen)
                    .forEach(o -> System.out.println(
                            "      forbidden \"" + o.outcome() + "\" seen " + o.samples() + " times: " + o.desc()));
        }
        if (summary.tests().isEmpty()) {
            System.out.println("  No tests matched: nothing was checked.");
        }
        System.out.printf(
                "  %s: %d tests, %d not OK, in %d s (%s). Summary: %s%n",
                passed ? "PASSED" : "FAILED",
                summary.tests().size(),
                bad.size(),
                took.toSeconds(),
                String.join(" + ", perRun),
                written);
    }
}
