package threadlab.report;

import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/** The lessons' sections, from every {@link SectionCatalog} on the class path, loaded once. */
final class LessonSections {

    private static final List<LessonSection> ALL = ServiceLoader.load(SectionCatalog.class).stream()
            .flatMap(p -> p.get().sections().stream())
            .toList();

    private static final List<Verdict> VERDICTS = ServiceLoader.load(SectionCatalog.class).stream()
            .flatMap(p -> p.get().verdicts().stream())
            .toList();

    private LessonSections() {}

    /** Every lesson's verdict rows, in catalog order. */
    static List<Verdict> verdicts() {
        return VERDICTS;
    }

    static List<LessonSection> all() {
        return ALL;
    }

    static Optional<LessonSection> of(String id) {
        return ALL.stream().filter(s -> s.id().equals(id)).findFirst();
    }
}
