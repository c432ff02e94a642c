package threadlab.report;

import java.util.Objects;

/**
 * A lesson's part of the report, as the lesson catalog hands it over: the lesson's id (the
 * {@code experiment} of its runs), the one line that introduces it, and its renderer (null: drawn
 * generically).
 */
public record LessonSection(String id, String summary, SectionRenderer renderer) {

    public LessonSection {
        Objects.requireNonNull(id);
        Objects.requireNonNull(summary);
    }
}
