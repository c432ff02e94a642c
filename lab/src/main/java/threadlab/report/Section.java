package threadlab.report;

import java.util.List;

/**
 * One part of the page: an experiment, the JMH results, the jcstress results or a comparison.
 * {@code conclusions} are computed from the numbers; the first is the section's headline and goes
 * into the page summary. {@code notes} say what is missing or odd (a failed run, a file not found).
 */
record Section(
        String id,
        String title,
        String intro,
        List<ChartImage> charts,
        List<Table> tables,
        List<String> conclusions,
        List<String> notes) {

    Section {
        charts = List.copyOf(charts);
        tables = List.copyOf(tables);
        conclusions = List.copyOf(conclusions);
        notes = List.copyOf(notes);
    }

    /** A section that only says why there is nothing to show, e.g. "not run". */
    static Section empty(String id, String title, String note) {
        return new Section(id, title, null, List.of(), List.of(), List.of(), List.of(note));
    }

    String headline() {
        return conclusions.isEmpty() ? null : conclusions.get(0);
    }
}
