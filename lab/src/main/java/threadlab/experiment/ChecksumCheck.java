package threadlab.experiment;

import java.util.HashMap;
import java.util.Map;
import threadlab.result.RunResult;
import threadlab.workload.Workload;

/**
 * The lab's cross-mode correctness check: every complete run's checksum is held against the first
 * complete run of the same workload and task count, and a difference is written into the run's
 * {@code error}. Workloads where races are the point ({@link Workload#deterministic()} false) are
 * not checked.
 */
final class ChecksumCheck {

    private final Map<String, String> references = new HashMap<>();

    RunResult check(Workload workload, RunResult result) {
        if (!workload.deterministic() || result.failed() > 0 || !result.measured()) {
            return result;
        }
        String key = result.workload() + " x" + result.tasks();
        String reference = references.putIfAbsent(key, result.checksum() + " (" + result.mode() + ")");
        if (reference != null && !reference.startsWith(result.checksum() + " ")) {
            return result.withError("checksum " + result.checksum() + " differs from " + reference);
        }
        return result;
    }
}
