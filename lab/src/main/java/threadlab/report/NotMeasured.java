package threadlab.report;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import threadlab.result.RunResult;

/** How the report shows runs this machine could not make ({@link RunResult#notMeasured}): not failures, absences. */
final class NotMeasured {

    static final String LABEL = "not measured here";

    private NotMeasured() {}

    /** "Not measured here (this machine lacks what they need; not failures): echo:unix-socket on message:bytes=8 (why)." */
    static String sentence(List<RunResult> absent) {
        Set<String> parts = new LinkedHashSet<>();
        for (RunResult r : absent) {
            parts.add(r.mode() + " on " + r.workload() + " (" + r.notMeasured() + ")");
        }
        return "Not measured here (this machine lacks what they need; not failures): "
                + Sentences.list(List.copyOf(parts)) + ".";
    }
}
