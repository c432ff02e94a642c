package threadlab.report;

import java.util.List;

/**
 * Lays a {@link Report} out as Markdown, ready to paste into an issue or a README: the same
 * summary, conclusions and tables as the HTML page, with the charts linked from {@code charts/}.
 */
final class MarkdownWriter {

    private MarkdownWriter() {}

    static String render(Report report) {
        StringBuilder md = new StringBuilder(32 * 1024);
        md.append("# ")
                .append(report.title())
                .append("\n\n")
                .append(report.subtitle())
                .append("\n\n");
        if (report.verdicts() != null) {
            md.append("## Verdicts on this machine and JDK\n\n");
            table(md, report.verdicts());
        }
        md.append("## Summary\n\n").append(report.summary()).append("\n\n");
        bullets(md, "Problems", report.problems());
        md.append("## Environment\n\n");
        table(md, report.environment());
        for (Section s : report.sections()) {
            md.append("## ").append(s.title()).append("\n\n");
            if (s.intro() != null) {
                md.append("_").append(s.intro()).append("_\n\n");
            }
            s.conclusions().forEach(c -> md.append("- ").append(c).append('\n'));
            if (!s.conclusions().isEmpty()) {
                md.append('\n');
            }
            for (ChartImage c : s.charts()) {
                md.append("![")
                        .append(c.caption().replace("]", ")"))
                        .append("](charts/")
                        .append(c.fileName())
                        .append(")\n\n");
            }
            s.tables().forEach(t -> table(md, t));
            if (s.charts().isEmpty() && s.tables().isEmpty()) {
                s.notes().forEach(n -> md.append(n).append("\n\n"));
            } else {
                bullets(md, "Notes", s.notes());
            }
        }
        return md.toString();
    }

    private static void table(StringBuilder md, Table t) {
        if (t.caption() != null) {
            md.append(t.caption()).append("\n\n");
        }
        md.append('|');
        t.headers().forEach(x -> md.append(' ').append(cell(x)).append(" |"));
        md.append("\n|");
        for (int i = 0; i < t.headers().size(); i++) {
            md.append(t.numeric(i) ? "---:|" : "---|");
        }
        md.append('\n');
        for (List<String> row : t.rows()) {
            md.append('|');
            row.forEach(x -> md.append(' ').append(cell(x)).append(" |"));
            md.append('\n');
        }
        md.append('\n');
    }

    private static void bullets(StringBuilder md, String title, List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        md.append("**").append(title).append(":**\n\n");
        items.forEach(i -> md.append("- ").append(i).append('\n'));
        md.append('\n');
    }

    private static String cell(String text) {
        return text == null ? "" : text.replace("|", "\\|").replace("\n", " ");
    }
}
