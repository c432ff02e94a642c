package threadlab.report;

import java.util.List;

/**
 * Everything one page shows, already computed: the title, the environment (a table, so that a
 * comparison can show two machines side by side), the summary lines, what is missing from the
 * run folder, the sections in order, and the verdict table that opens the page (null: none, as in
 * a comparison). The HTML and Markdown writers only lay it out.
 */
record Report(
        String title,
        String subtitle,
        Table environment,
        String summary,
        List<String> problems,
        List<Section> sections,
        Table verdicts) {

    Report {
        problems = List.copyOf(problems);
        sections = List.copyOf(sections);
    }

    /** A page without a verdict table. */
    Report(
            String title,
            String subtitle,
            Table environment,
            String summary,
            List<String> problems,
            List<Section> sections) {
        this(title, subtitle, environment, summary, problems, sections, null);
    }
}
