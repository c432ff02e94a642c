package threadlab.report;

import java.util.List;

/**
 * Draws one kind of experiment: its charts and its conclusions, both from the numbers. The table,
 * the failed-run notes and the experiment's one-line summary are common to every section and are
 * added by {@link ReportBuilder}.
 */
interface SectionRenderer {

    /** Whether this renderer draws the experiment with this id. */
    boolean draws(String experimentId);

    List<ChartImage> charts(ExperimentRuns runs);

    /** Sentences in plain words computed from the numbers; the first is the headline. */
    List<String> conclusions(ExperimentRuns runs);

    /** Tables of its own, shown after the common one (a thread-dump excerpt); none by default. */
    default List<Table> tables(ExperimentRuns runs) {
        return List.of();
    }
}
