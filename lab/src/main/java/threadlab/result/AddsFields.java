package threadlab.result;

/**
 * A mode or a workload that adds fields of its own to each run it measured: a lesson's result
 * fields (see {@link RunResult#with(Record)}). The runner asks the workload first, then the mode,
 * and only for measured runs.
 */
public interface AddsFields {

    RunResult addTo(RunResult run);
}
