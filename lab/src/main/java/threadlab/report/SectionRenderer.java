package threadlab.report;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Draws one lesson's section: its charts and its conclusions, both from the numbers. The table,
 * the failed-run notes and the lesson's one-line summary are common to every section and are
 * added by {@link ReportBuilder}. Which lesson a renderer draws is said once, by the lesson
 * catalog ({@link SectionCatalog}); a lesson without a renderer of its own is drawn generically.
 */
public interface SectionRenderer {

    List<ChartImage> charts(ExperimentRuns runs);

    /** Sentences in plain words computed from the numbers; the first is the headline. */
    List<String> conclusions(ExperimentRuns runs);

    /** Tables of its own, shown after the common one (a thread-dump excerpt); none by default. */
    default List<Table> tables(ExperimentRuns runs) {
        return List.of();
    }

    /**
     * This renderer, given every lesson's cells of the run folder, for a section that sets its
     * runs beside another lesson's (Python's pools beside the JVM's); itself by default.
     */
    default SectionRenderer beside(Map<String, List<ModeCell>> cellsByLesson) {
        return this;
    }

    /** Why the lesson did not run in this folder, when it says so itself (no Python found); empty by default. */
    default Optional<String> skipped(Path runDir) {
        return Optional.empty();
    }
}
