package threadlab.stress.gate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jcstress.infra.Status;
import org.openjdk.jcstress.infra.collectors.DiskReadCollector;
import org.openjdk.jcstress.infra.collectors.InProcessCollector;
import org.openjdk.jcstress.infra.collectors.TestResult;
import org.openjdk.jcstress.infra.grading.GradingResult;
import org.openjdk.jcstress.infra.grading.ReportUtils;
import org.openjdk.jcstress.infra.grading.TestGrading;

/**
 * Reads jcstress's result blob ({@code jcstress-results-*.bin.gz}, the serialized results every
 * jcstress report is rendered from) and grades it the way jcstress's own text and HTML reports
 * do: results merged by test name over forks, iterations and JVM configurations, each observed
 * state matched to the test's declared outcomes.
 *
 * <p>Reading the blob rather than the rendered reports keeps the gate independent of report
 * layout, and it needs the suite's {@code META-INF/TestList} on the classpath to grade.
 */
public final class GradedResults {

    private GradedResults() {}

    /**
     * Grades every test in {@code expected}, its results merged over every blob (one per JVM
     * configuration the gate ran). A test with no result in any blob (it never ran, or the blob
     * is missing) is an {@link TestSummary#ERROR}, so a run that silently skipped tests cannot
     * pass.
     *
     * @param blobs    the result blobs; a path that does not exist stands for a run that wrote none
     * @param expected the names of the tests the run was asked to run
     * @throws IOException if a blob exists but cannot be read
     */
    public static List<TestSummary> grade(Collection<Path> blobs, Collection<String> expected) throws IOException {
        List<TestResult> all = new ArrayList<>();
        for (Path blob : blobs) {
            if (Files.exists(blob)) {
                all.addAll(read(blob));
            }
        }
        Map<String, TestResult> byName = new HashMap<>();
        for (TestResult result : ReportUtils.mergedByName(all)) {
            byName.put(result.getName(), result);
        }
        List<TestSummary> tests = new ArrayList<>();
        for (String name : expected) {
            TestResult result = byName.get(name);
            tests.add(
                    result == null
                            ? new TestSummary(name, TestSummary.familyOf(name), TestSummary.ERROR, List.of())
                            : summarize(result));
        }
        return tests;
    }

    private static Collection<TestResult> read(Path blob) throws IOException {
        InProcessCollector collector = new InProcessCollector();
        DiskReadCollector reader = new DiskReadCollector(blob.toString(), collector);
        try {
            reader.dump();
        } catch (ClassNotFoundException e) {
            throw new IOException("result blob " + blob + " holds a class this jcstress does not know", e);
        } finally {
            reader.close();
        }
        return collector.getTestResults();
    }

    private static TestSummary summarize(TestResult result) {
        TestGrading grading = result.grading();
        List<OutcomeSummary> outcomes = new ArrayList<>();
        for (GradingResult graded : grading.gradingResults.values()) {
            outcomes.add(new OutcomeSummary(graded.id, graded.expect.name(), graded.count, graded.description));
        }
        String verdict;
        if (result.status() != Status.NORMAL) {
            verdict = TestSummary.ERROR;
        } else if (grading.isPassed) {
            verdict = TestSummary.OK;
        } else {
            verdict = TestSummary.FAILED;
        }
        return new TestSummary(result.getName(), TestSummary.familyOf(result.getName()), verdict, outcomes);
    }
}
