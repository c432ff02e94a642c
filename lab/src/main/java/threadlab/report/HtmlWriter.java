package threadlab.report;

import java.util.List;

/**
 * Lays a {@link Report} out as one HTML page that opens from disk with no network: the style is
 * inline, the charts are PNG files in {@code charts/} beside it. A small inline script checks,
 * once the page has loaded, that every chart image loaded, and says so on the page (and on the
 * console) if one did not, e.g. when index.html was copied without its charts folder. It also
 * notes where the verdict table lies on the page (body {@code data-verdicts-top},
 * {@code data-verdicts-bottom}, in CSS pixels), so a test can tell it is on the first screen.
 */
final class HtmlWriter {

    private static final String STYLE = """
            body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;color:#1d232a;background:#f6f7f9;margin:0}
            main{max-width:1180px;margin:0 auto;padding:24px 28px 48px}
            h1{font-size:26px;margin:0 0 4px}h2{font-size:21px;margin:0 0 8px;border-bottom:2px solid #e3e6ea;padding-bottom:4px}
            .sub{color:#5b6570;margin:0 0 16px;font-size:13px}
            section{background:#fff;border:1px solid #e3e6ea;border-radius:8px;padding:18px 22px;margin:18px 0}
            nav{font-size:14px;margin:8px 0 0}nav a{margin-right:14px;color:#1f5fa8;text-decoration:none}
            .intro{color:#5b6570;margin:0 0 10px}
            .conclusions{background:#eef5fc;border-left:4px solid #1f77b4;padding:8px 14px;margin:10px 0 14px}
            .conclusions ul{margin:0;padding-left:18px}
            .problems,.notes{background:#fff4e5;border-left:4px solid #e6850e;padding:8px 14px;margin:10px 0}
            .problems ul,.notes ul{margin:0;padding-left:18px}
            .empty{color:#5b6570;font-style:italic}
            figure{margin:14px 0}figure img{max-width:100%;height:auto;border:1px solid #eef0f2}
            figcaption{font-size:13px;color:#5b6570}
            .scroll{overflow-x:auto}
            table{border-collapse:collapse;font-size:13px;margin:8px 0;white-space:nowrap}
            caption{text-align:left;color:#5b6570;font-size:12px;padding:2px 0 6px}
            th,td{border-bottom:1px solid #e3e6ea;padding:4px 10px;text-align:left}
            th{background:#f0f2f5;font-weight:600}td.num{text-align:right;font-variant-numeric:tabular-nums}
            tbody tr:nth-child(even){background:#fafbfc}
            table.verdicts{white-space:normal;font-size:14px}table.verdicts td:first-child{font-weight:600}
            td.verdict{white-space:nowrap;font-weight:600}td.holds{color:#1b7a3a}td.does-not-hold{color:#b3261e}td.not-run{color:#8a939c}
            footer{color:#8a939c;font-size:12px;text-align:center}
            """;

    private static final String IMAGE_CHECK = """
            window.addEventListener('load', function () {
              var broken = [];
              for (var i = 0; i < document.images.length; i++) {
                var img = document.images[i];
                if (!img.complete || img.naturalWidth === 0) { broken.push(img.getAttribute('src')); }
              }
              document.body.setAttribute('data-images', String(document.images.length));
              var verdicts = document.getElementById('verdicts');
              if (verdicts) {
                var box = verdicts.getBoundingClientRect();
                document.body.setAttribute('data-verdicts-top', String(Math.round(box.top + window.scrollY)));
                document.body.setAttribute('data-verdicts-bottom', String(Math.round(box.bottom + window.scrollY)));
                document.body.setAttribute('data-viewport', window.innerWidth + 'x' + window.innerHeight);
              }
              document.body.setAttribute('data-broken-images', String(broken.length));
              if (broken.length > 0) {
                var p = document.createElement('p');
                p.className = 'problems';
                p.textContent = 'Chart image(s) did not load: ' + broken.join(', ') + '. Keep the charts folder beside index.html.';
                document.body.insertBefore(p, document.body.firstChild);
                console.error('Thread Lab report: chart image(s) did not load: ' + broken.join(', '));
              }
            });
            """;

    private HtmlWriter() {}

    static String render(Report report) {
        StringBuilder h = new StringBuilder(64 * 1024);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>")
                .append(esc(report.title()))
                .append("</title>\n<style>\n")
                .append(STYLE)
                .append("</style>\n</head>\n<body>\n<main>\n");
        h.append("<header>\n<h1>")
                .append(esc(report.title()))
                .append("</h1>\n<p class=\"sub\">")
                .append(esc(report.subtitle()))
                .append("</p>\n<nav>");
        if (report.verdicts() != null) {
            h.append("<a href=\"#verdicts\">Verdicts</a>");
        }
        h.append("<a href=\"#summary\">Summary</a><a href=\"#environment\">Environment</a>");
        for (Section s : report.sections()) {
            h.append("<a href=\"#")
                    .append(anchor(s))
                    .append("\">")
                    .append(esc(s.title()))
                    .append("</a>");
        }
        h.append("</nav>\n</header>\n");
        if (report.verdicts() != null) {
            h.append("<section id=\"verdicts\">\n<h2>Verdicts on this machine and JDK</h2>\n");
            verdictTable(h, report.verdicts());
            h.append("</section>\n");
        }
        h.append("<section id=\"summary\">\n<h2>Summary</h2>\n<p>")
                .append(esc(report.summary()))
                .append("</p>\n");
        list(h, "problems", report.problems());
        h.append("</section>\n<section id=\"environment\">\n<h2>Environment</h2>\n");
        table(h, report.environment());
        h.append("</section>\n");
        for (Section s : report.sections()) {
            section(h, s);
        }
        h.append(
                "<footer>Written by <code>lab report</code>. Medians over repeats; every sentence above is computed from the numbers in this folder.</footer>\n");
        h.append("</main>\n<script>\n").append(IMAGE_CHECK).append("</script>\n</body>\n</html>\n");
        return h.toString();
    }

    private static void section(StringBuilder h, Section s) {
        h.append("<section id=\"")
                .append(anchor(s))
                .append("\">\n<h2>")
                .append(esc(s.title()))
                .append("</h2>\n");
        if (s.intro() != null) {
            h.append("<p class=\"intro\">").append(esc(s.intro())).append("</p>\n");
        }
        if (!s.conclusions().isEmpty()) {
            h.append("<div class=\"conclusions\"><ul>\n");
            s.conclusions().forEach(c -> h.append("<li>").append(esc(c)).append("</li>\n"));
            h.append("</ul></div>\n");
        }
        if (s.charts().isEmpty() && s.tables().isEmpty()) {
            s.notes()
                    .forEach(n -> h.append("<p class=\"empty\">").append(esc(n)).append("</p>\n"));
            h.append("</section>\n");
            return;
        }
        for (ChartImage c : s.charts()) {
            h.append("<figure><img src=\"charts/")
                    .append(esc(c.fileName()))
                    .append("\" alt=\"")
                    .append(esc(c.caption()))
                    .append("\" width=\"")
                    .append(Charts.WIDTH)
                    .append("\" height=\"")
                    .append(Charts.HEIGHT)
                    .append("\">")
                    .append("<figcaption>")
                    .append(esc(c.caption()))
                    .append("</figcaption></figure>\n");
        }
        s.tables().forEach(t -> table(h, t));
        list(h, "notes", s.notes());
        h.append("</section>\n");
    }

    /** The verdict table: its last column, the verdict, coloured by what it says. */
    private static void verdictTable(StringBuilder h, Table t) {
        h.append("<div class=\"scroll\"><table class=\"verdicts\">\n<caption>")
                .append(esc(t.caption()))
                .append("</caption>\n<thead><tr>");
        t.headers().forEach(x -> h.append("<th>").append(esc(x)).append("</th>"));
        h.append("</tr></thead>\n<tbody>\n");
        for (List<String> row : t.rows()) {
            String verdict = row.get(row.size() - 1);
            h.append("<tr>");
            for (int i = 0; i < row.size() - 1; i++) {
                h.append("<td>").append(esc(row.get(i))).append("</td>");
            }
            h.append("<td class=\"verdict ")
                    .append(Charts.slug(verdict))
                    .append("\">")
                    .append(esc(verdict))
                    .append("</td></tr>\n");
        }
        h.append("</tbody></table></div>\n");
    }

    private static void table(StringBuilder h, Table t) {
        h.append("<div class=\"scroll\"><table>\n");
        if (t.caption() != null) {
            h.append("<caption>").append(esc(t.caption())).append("</caption>\n");
        }
        h.append("<thead><tr>");
        t.headers().forEach(x -> h.append("<th>").append(esc(x)).append("</th>"));
        h.append("</tr></thead>\n<tbody>\n");
        boolean[] numeric = new boolean[t.headers().size()];
        for (int i = 0; i < numeric.length; i++) {
            numeric[i] = t.numeric(i);
        }
        for (List<String> row : t.rows()) {
            h.append("<tr>");
            for (int i = 0; i < row.size(); i++) {
                h.append(i < numeric.length && numeric[i] ? "<td class=\"num\">" : "<td>")
                        .append(cell(row.get(i)))
                        .append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</tbody></table></div>\n");
    }

    /** A cell's text; a relative path to an HTML page of the run folder (../notebooks/01_x.html) becomes a link to it. */
    private static String cell(String text) {
        return text != null && LOCAL_PAGE.matcher(text).matches()
                ? "<a href=\"" + esc(text) + "\">" + esc(text) + "</a>"
                : esc(text);
    }

    private static final java.util.regex.Pattern LOCAL_PAGE =
            java.util.regex.Pattern.compile("(\\.\\./)?[A-Za-z0-9_-]+(/[A-Za-z0-9_.-]+)*\\.html");

    private static void list(StringBuilder h, String cssClass, List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        h.append("<div class=\"").append(cssClass).append("\"><ul>\n");
        items.forEach(i -> h.append("<li>").append(esc(i)).append("</li>\n"));
        h.append("</ul></div>\n");
    }

    private static String anchor(Section s) {
        return "s-" + Charts.slug(s.id());
    }

    static String esc(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
