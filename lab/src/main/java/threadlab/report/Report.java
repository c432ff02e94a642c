package threadlab.report;

import java.util.List;

/**
 * Everything one page shows, already computed: the title, the environment (a table, so that a
 * comparison can show two machines side by side), the summary paragraph, what is missing from the
 * run folder, and the sections in order. The HTML and Markdown writers only lay it out.
 */
record Report(
        String title,
        String subtitle,
        Table environment,
        String summary,
        List<String> problems,
        List<Section> sections) {

    Report {
        problems = List.copyOf(problems);
        sections = List.copyOf(sections);
    }
}
