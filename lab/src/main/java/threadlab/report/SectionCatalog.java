package threadlab.report;

import java.util.List;

/**
 * What the report needs of the lesson catalog: each lesson's section, in catalog order. The report
 * finds the catalog through {@link java.util.ServiceLoader} ({@code META-INF/services}), so it never
 * names a lesson.
 */
public interface SectionCatalog {

    List<LessonSection> sections();

    /** The lessons' rows of the verdict table, in catalog order; none by default. */
    default List<Verdict> verdicts() {
        return List.of();
    }
}
