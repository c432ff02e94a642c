package threadlab.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report as a reader sees it: index.html opened from disk in headless Chromium. Every chart
 * image must load, no chart caption may read like a raw mode id (the charts' own labels are read
 * by {@link ChartsReadAtOnceTest}), and the page must log nothing to the console. The page itself counts its images
 * once loaded (body {@code data-images}, {@code data-broken-images}); two controls show the check
 * catches a missing chart and a script error. Skipped where no Chromium is installed.
 */
class ReportInBrowserTest {

    @TempDir
    Path temp;

    private HeadlessChromium chromium;

    @BeforeEach
    void needsChromium() throws IOException {
        chromium = HeadlessChromium.find(Files.createDirectories(temp.resolve("chromium")))
                .orElse(null);
        org.junit.jupiter.api.Assumptions.assumeTrue(
                chromium != null,
                "no Chromium at " + HeadlessChromium.candidates()
                        + ": the in-browser check of index.html is skipped (install Debian's 'chromium' package to run it)");
    }

    @Test
    void everyChartLoadsAndTheConsoleStaysQuiet() throws Exception {
        Path html = Reports.write(Fixtures.completeRun(temp, "complete"));
        int images = imageTags(html);

        HeadlessChromium.Page page = chromium.load(html);

        assertThat(images).isGreaterThanOrEqualTo(8);
        assertThat(bodyAttribute(page, "data-images")).isEqualTo(Integer.toString(images));
        assertThat(bodyAttribute(page, "data-broken-images")).isEqualTo("0");
        assertThat(page.console()).isEmpty();
        assertThat(ChartsReadAtOnceTest.captions(page.dom()))
                .as("chart captions as the browser shows them")
                .hasSize(images)
                .noneMatch(c -> ChartsReadAtOnceTest.RAW_ID.matcher(c).find());

        Path png = Path.of("target", "report-in-chromium.png");
        Files.createDirectories(png.getParent());
        chromium.screenshot(html, png, 2400);
        BufferedImage shot = ImageIO.read(png.toFile());
        assertThat(shot).isNotNull();
        assertThat(shot.getWidth()).isEqualTo(1280);
    }

    @Test
    void theVerdictTableFillsTheFirstScreenWithEveryRowComputedOrNotRun() throws Exception {
        Path html = Reports.write(Fixtures.completeRun(temp, "verdicts"));

        HeadlessChromium.Page page = chromium.load(html, 1280, 1200);

        assertThat(bodyAttribute(page, "data-viewport")).startsWith("1280x");
        int top = Integer.parseInt(bodyAttribute(page, "data-verdicts-top"));
        int bottom = Integer.parseInt(bodyAttribute(page, "data-verdicts-bottom"));
        assertThat(top).isLessThan(bottom);
        assertThat(bottom)
                .as("the verdict table's bottom edge, in CSS pixels from the top")
                .isLessThanOrEqualTo(1200);
        Matcher table = Pattern.compile("<table class=\"verdicts\">.*?<tbody>(.*?)</tbody>", Pattern.DOTALL)
                .matcher(page.dom());
        assertThat(table.find()).as("the verdict table in the loaded page").isTrue();
        Matcher verdict = Pattern.compile("<td class=\"verdict [a-z-]+\">([^<]*)</td></tr>")
                .matcher(table.group(1));
        java.util.List<String> verdicts = new java.util.ArrayList<>();
        while (verdict.find()) {
            verdicts.add(verdict.group(1));
        }
        assertThat(verdicts)
                .hasSize(LessonSections.verdicts().size())
                .allSatisfy(v -> assertThat(v).isIn("holds", "does not hold", "not run"))
                .contains("holds", "not run");
    }

    @Test
    void aMissingChartIsCaughtOnThePageAndOnTheConsole() throws Exception {
        Path html = Reports.write(Fixtures.completeRun(temp, "no-charts"));
        int images = imageTags(html);
        try (Stream<Path> charts = Files.list(html.resolveSibling("charts"))) {
            for (Path chart : charts.toList()) {
                Files.delete(chart);
            }
        }

        HeadlessChromium.Page page = chromium.load(html);

        assertThat(bodyAttribute(page, "data-broken-images")).isEqualTo(Integer.toString(images));
        assertThat(page.dom()).contains("Chart image(s) did not load");
        assertThat(page.console()).singleElement().asString().contains("chart image(s) did not load");
    }

    @Test
    void aScriptErrorReachesTheConsoleCheck() throws Exception {
        Path html = Files.writeString(
                temp.resolve("broken.html"),
                "<!DOCTYPE html><html><body><script>notDefinedAnywhere();</script></body></html>");

        HeadlessChromium.Page page = chromium.load(html);

        assertThat(page.console()).anyMatch(line -> line.contains("notDefinedAnywhere"));
    }

    private static int imageTags(Path html) throws IOException {
        Matcher m = Pattern.compile("<img ").matcher(Files.readString(html));
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static String bodyAttribute(HeadlessChromium.Page page, String name) {
        Matcher m = Pattern.compile("<body[^>]*\\s" + Pattern.quote(name) + "=\"([^\"]*)\"")
                .matcher(page.dom());
        assertThat(m.find()).as("<body %s=...> in the loaded page", name).isTrue();
        return m.group(1);
    }
}
