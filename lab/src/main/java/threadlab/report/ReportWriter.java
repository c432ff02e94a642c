package threadlab.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes a report folder: {@code index.html}, {@code summary.md} and {@code charts/*.png}. Charts
 * left from an earlier report are removed first, so the folder shows this report only; each file
 * is replaced in one rename, so a reader never sees half a page.
 */
final class ReportWriter {

    static final String HTML = "index.html";
    static final String MARKDOWN = "summary.md";
    static final String CHARTS = "charts";

    private ReportWriter() {}

    /** Writes the report into {@code outDir} and returns the path of its index.html. */
    static Path write(Report report, Path outDir) throws IOException {
        Report named = uniqueChartNames(report);
        Path charts = outDir.resolve(CHARTS);
        Files.createDirectories(charts);
        try (DirectoryStream<Path> old = Files.newDirectoryStream(charts, "*.png")) {
            for (Path p : old) {
                Files.delete(p);
            }
        }
        for (Section s : named.sections()) {
            for (ChartImage c : s.charts()) {
                Files.write(charts.resolve(c.fileName()), c.png());
            }
        }
        replace(outDir.resolve(MARKDOWN), MarkdownWriter.render(named));
        Path html = outDir.resolve(HTML);
        replace(html, HtmlWriter.render(named));
        return html;
    }

    /** Writes {@code text} beside {@code target}, then renames it over the target in one step. */
    private static void replace(Path target, String text) throws IOException {
        Path temp = target.resolveSibling("." + target.getFileName() + ".tmp");
        try {
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** The same report with every chart file name distinct (a second "x.png" becomes "x-2.png"). */
    private static Report uniqueChartNames(Report report) {
        Set<String> used = new HashSet<>();
        List<Section> sections = new ArrayList<>();
        for (Section s : report.sections()) {
            List<ChartImage> charts = new ArrayList<>();
            for (ChartImage c : s.charts()) {
                String base = c.fileName().endsWith(".png")
                        ? c.fileName().substring(0, c.fileName().length() - 4)
                        : c.fileName();
                String name = base + ".png";
                for (int i = 2; !used.add(name); i++) {
                    name = base + "-" + i + ".png";
                }
                charts.add(new ChartImage(name, c.caption(), c.png()));
            }
            sections.add(new Section(s.id(), s.title(), s.intro(), charts, s.tables(), s.conclusions(), s.notes()));
        }
        return new Report(
                report.title(),
                report.subtitle(),
                report.environment(),
                report.summary(),
                report.problems(),
                sections,
                report.verdicts());
    }
}
