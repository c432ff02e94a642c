package threadlab.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.internal.series.AxesChartSeries;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The report's look for XChart charts, and their rendering to PNG. Rendering needs no display:
 * AWT is put in headless mode before any of it loads. Each mode family keeps its colour in every
 * chart (virtual threads blue, platform pools orange, ...), so a reader learns it once.
 */
public final class Charts {

    static final int WIDTH = 900;
    static final int HEIGHT = 440;

    static {
        System.setProperty("java.awt.headless", "true");
    }

    private static final Font BASE = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    private static final Color GRID = new Color(0xE3E6EA);
    /** The limit a law gives: drawn dashed, in black. */
    static final Color LIMIT = new Color(0x222222);

    private static final Map<String, Color> FAMILY = Map.of(
            "virtual", new Color(0x1F77B4),
            "platform-pool", new Color(0xFF7F0E),
            "platform-per-task", new Color(0xD62728),
            "forkjoin", new Color(0x2CA02C),
            "sequential", new Color(0x7F7F7F),
            "virtual-bounded", new Color(0x17BECF),
            "jdk-virtual-loop", new Color(0x9467BD));
    private static final Color[] OTHER = {
        new Color(0x8C564B), new Color(0xE377C2), new Color(0xBCBD22), new Color(0x9467BD), new Color(0x17BECF)
    };

    /**
     * Tick labels as plain numbers: 1,000 rather than 1E3, 0.08 rather than .08. (A formatting
     * function instead of a pattern would make XChart space log-axis ticks linearly.)
     */
    private static final String TICKS = "#,##0.###";

    private Charts() {}

    public static XYChart xy(String title, String xTitle, String yTitle) {
        XYChart chart = new XYChartBuilder()
                .width(WIDTH)
                .height(HEIGHT)
                .title(title)
                .xAxisTitle(xTitle)
                .yAxisTitle(yTitle)
                .build();
        style(chart.getStyler());
        chart.getStyler().setMarkerSize(8);
        return chart;
    }

    public static CategoryChart bars(String title, String xTitle, String yTitle) {
        CategoryChart chart = new CategoryChartBuilder()
                .width(WIDTH)
                .height(HEIGHT)
                .title(title)
                .xAxisTitle(xTitle)
                .yAxisTitle(yTitle)
                .build();
        style(chart.getStyler());
        chart.getStyler().setAvailableSpaceFill(0.8);
        chart.getStyler().setErrorBarsColor(LIMIT);
        return chart;
    }

    /**
     * Log scale on the x axis. Across a decade or more only the decades are labelled; within one
     * decade (100 to 500) the steps between are too, or the axis would show a single label.
     */
    public static void logX(AxesChartStyler s, double min, double max) {
        s.setXAxisLogarithmic(true);
        s.setXAxisLogarithmicDecadeOnly(max / min >= 10);
    }

    /** Log scale on the y axis, ticks written as plain numbers. */
    public static void logY(AxesChartStyler s) {
        s.setYAxisLogarithmic(true);
    }

    /** A series drawn as a law's limit: dashed black line, no markers. */
    public static void asLimit(XYSeries series) {
        series.setMarker(SeriesMarkers.NONE);
        series.setLineColor(LIMIT);
        series.setLineStyle(
                new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 5f}, 0f));
    }

    /**
     * Colours a series after its mode: the family's colour, darker for the {@code variant}-th
     * member of the same family (the pool of 50, then the pool of 200).
     */
    public static void colour(AxesChartSeries series, String mode, int variant) {
        Color base = FAMILY.get(ModeNames.name(mode));
        if (base == null) {
            base = OTHER[Math.floorMod(mode.hashCode(), OTHER.length)];
        }
        Color c = base;
        for (int i = 0; i < variant; i++) {
            c = new Color((int) (c.getRed() * 0.72), (int) (c.getGreen() * 0.72), (int) (c.getBlue() * 0.72));
        }
        series.setLineColor(c);
        if (series instanceof XYSeries xy) {
            xy.setMarkerColor(c);
        } else {
            series.setFillColor(c);
        }
    }

    /** Renders a chart to PNG bytes. */
    public static ChartImage png(String fileName, String caption, Chart<?, ?> chart) {
        try {
            return new ChartImage(
                    fileName, caption, BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render chart " + fileName, e);
        }
    }

    /** A file name from free text: lower case, letters, digits and dashes. */
    public static String slug(String text) {
        String s = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return s.isEmpty() ? "chart" : s.length() > 60 ? s.substring(0, 60) : s;
    }

    private static void style(AxesChartStyler s) {
        s.setChartBackgroundColor(Color.WHITE);
        s.setPlotBackgroundColor(Color.WHITE);
        s.setPlotBorderVisible(false);
        s.setPlotGridLinesColor(GRID);
        s.setChartTitleBoxVisible(false);
        s.setBaseFont(BASE);
        s.setChartTitleFont(BASE.deriveFont(Font.BOLD, 15f));
        s.setAxisTitleFont(BASE);
        s.setAxisTickLabelsFont(BASE.deriveFont(12f));
        s.setLegendFont(BASE.deriveFont(12f));
        s.setLegendPosition(Styler.LegendPosition.OutsideE);
        s.setLegendBorderColor(Color.WHITE);
        s.setAntiAlias(true);
        s.setLocale(Locale.ROOT);
        s.setYAxisDecimalPattern(TICKS);
        s.setXAxisDecimalPattern(TICKS);
        s.setChartPadding(12);
    }
}
