package threadlab.result;

import java.util.List;

/**
 * The contents of {@code results/<run-id>/results.json}: what ran, where, and every run.
 * {@code experiment} is the experiment id, or the ids joined by commas when one invocation ran
 * several; each run names its own.
 */
public record Results(
        String schema,
        String runId,
        String experiment,
        String startedAt,
        EnvironmentInfo environment,
        List<RunResult> runs) {

    public static final String SCHEMA = "threadlab.results/1";

    /** The same file with one more run. */
    public Results with(RunResult run) {
        var all = new java.util.ArrayList<>(runs);
        all.add(run);
        return new Results(schema, runId, experiment, startedAt, environment, List.copyOf(all));
    }
}
