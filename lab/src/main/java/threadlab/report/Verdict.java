package threadlab.report;

/**
 * One row of the verdict table at the top of a report: a claim of the classic lesson or of the
 * lab, judged from the runs of one folder. A lesson owns its rows and hands them to the report
 * through its catalog ({@link SectionCatalog#verdicts()}); the report decides "holds" from the
 * judgement's measure and threshold through one {@link DecisionRule}, never from a verdict's words.
 */
public interface Verdict {

    /** The claim, short: "Waits overlap in any pool (3 x sleep on 3 workers)". */
    String claim();

    /** The figure this folder gives for the claim, or {@link Judgement#notRun} saying what is missing. */
    Judgement judge(Evidence evidence);
}
