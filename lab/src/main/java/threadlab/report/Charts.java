package threadlab.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
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

    /*
     * The colours of what is not a mode, the same in every section: one measured series (blue), a
     * second or a reference beside it (light blue, grey), CPU work against waiting (orange against
     * blue), and four steps of blue for what is ordered (p50 to max, small to large).
     */
    /** One measured series, when colour has nothing to tell apart. */
    public static final Color PLAIN = new Color(0x6BAED6);
    /** A second series beside {@link #PLAIN}: a bound, a hold time. */
    public static final Color LIGHT = new Color(0x9ECAE1);
    /** What is there for reference only: a timeout, a smoke run. */
    public static final Color MUTED = new Color(0xBDBDBD);
    /** CPU work, against {@link #PLAIN} for waiting. */
    public static final Color CPU = new Color(0xFD8D3C);
    /** Another language's runtime beside the JVM (CPython). */
    public static final Color OTHER_RUNTIME = new Color(0x9E9AC8);
    /** Four ordered steps, light to dark: p50, p90, p99, max; or small to large. */
    public static final List<Color> STEPS =
            List.of(new Color(0xC6DBEF), new Color(0x6BAED6), new Color(0x2171B5), new Color(0x08306B));

    private static final Map<String, Color> FAMILY = Map.of(
            "virtual", new Color(0x1F77B4),
            "platform-pool", new Color(0xFF7F0E),
            "platform-per-task", new Color(0xD62728),
            "forkjoin", new Color(0x2CA02C),
            "sequential", new Color(0x7F7F7F),
            "virtual-bounded", new Color(0x17BECF),
            "jdk-virtual-loop", new Color(0x9467BD),
            "async", new Color(0xE377C2),
            "process-pool", new Color(0x8C564B),
            "process-per-task", new Color(0xBCBD22));
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
     * Log scale on the x axis, ticks written as plain numbers. Which ticks are labelled is decided
     * from the data as the chart is rendered ({@link #labelLogAxes}): over two decades or more the
     * decades alone, over less the steps between them too, so that every log axis shows several
     * labelled ticks ({@code min} and {@code max} are kept for callers that know the range).
     */
    public static void logX(AxesChartStyler s, double min, double max) {
        s.setXAxisLogarithmic(true);
        s.setXAxisLogarithmicDecadeOnly(max / min >= DECADES_ONLY);
    }

    /** Log scale on the y axis, ticks written as plain numbers, labelled as {@link #logX} says. */
    public static void logY(AxesChartStyler s) {
        s.setYAxisLogarithmic(true);
    }

    /**
     * The data span (max / min) from which a log axis labels its decades alone. Below it every
     * step between decades is labelled too (at most a dozen labels, which still fit); from it, at
     * least two decades are labelled.
     */
    static final double DECADES_ONLY = 30;

    /** A mode id inside a label: {@code platform-pool:200}, {@code async:1000}. */
    private static final java.util.regex.Pattern MODE_ID =
            java.util.regex.Pattern.compile("\\b[a-z]+(?:-[a-z]+)*(?::\\d[\\d_]*)?\\b");

    /**
     * A mode as a chart names it, in the catalog's words ({@link ModeNames#describe}) made a legend
     * entry: {@code platform-pool:200} is "Pool of 200", {@code virtual} "Virtual threads". Any other
     * text is returned with the mode ids in it so named.
     */
    public static String label(String text) {
        if (text == null) {
            return null;
        }
        String words = ModeNames.describe(text);
        if (!words.equals(text)) {
            return ModeNames.capitalised(words.replaceFirst("^(the|a|an) ", ""));
        }
        java.util.regex.Matcher m = MODE_ID.matcher(text);
        StringBuilder named = new StringBuilder();
        while (m.find()) {
            String id = m.group();
            boolean mode = id.contains(":") || id.contains("-");
            String replacement = mode ? ModeNames.describe(id) : id;
            m.appendReplacement(named, java.util.regex.Matcher.quoteReplacement(replacement));
        }
        m.appendTail(named);
        return named.toString();
    }

    /**
     * Names every mode on a chart as the catalog does ({@link #label}): series in the legend, and
     * categories on the x axis, whichever section built the chart.
     */
    static void nameModes(Chart<?, ?> chart) {
        for (var series : chart.getSeriesMap().values()) {
            series.setLabel(label(series.getLabel() != null ? series.getLabel() : series.getName()));
        }
        if (chart instanceof CategoryChart bars) {
            for (org.knowm.xchart.CategorySeries series : bars.getSeriesMap().values()) {
                List<Object> named = new java.util.ArrayList<>();
                boolean changed = false;
                for (Object x : series.getXData()) {
                    Object n = x instanceof String text ? label(text) : x;
                    changed |= !java.util.Objects.equals(n, x);
                    named.add(n);
                }
                if (changed) {
                    series.replaceData(
                            named,
                            new java.util.ArrayList<>(series.getYData()),
                            series.getExtraValues() == null
                                    ? null
                                    : new java.util.ArrayList<>(series.getExtraValues()));
                }
            }
        }
    }

    /**
     * Chooses, for each log axis, whether only decades are labelled, from the span of the data on
     * it: XChart's default (decades only) leaves an axis from 2,000 to 10,000 with one label.
     */
    static void labelLogAxes(Chart<?, ?> chart) {
        if (!(chart.getStyler() instanceof AxesChartStyler s)) {
            return;
        }
        if (s.isXAxisLogarithmic() && chart instanceof XYChart xy) {
            s.setXAxisLogarithmicDecadeOnly(span(xy.getSeriesMap().values().stream()
                            .flatMapToDouble(v -> java.util.Arrays.stream(v.getXData())))
                    >= DECADES_ONLY);
        }
        if (s.isYAxisLogarithmic()) {
            java.util.stream.DoubleStream ys = chart instanceof XYChart xy
                    ? xy.getSeriesMap().values().stream().flatMapToDouble(v -> java.util.Arrays.stream(v.getYData()))
                    : chart instanceof CategoryChart bars
                            ? bars.getSeriesMap().values().stream()
                                    .flatMap(v -> v.getYData().stream())
                                    .filter(java.util.Objects::nonNull)
                                    .mapToDouble(Number::doubleValue)
                            : java.util.stream.DoubleStream.empty();
            s.setYAxisLogarithmicDecadeOnly(span(ys) >= DECADES_ONLY);
        }
    }

    /** max / min of the positive values (a log axis shows no others); 1 when there are none. */
    private static double span(java.util.stream.DoubleStream values) {
        double[] positive = values.filter(v -> v > 0 && Double.isFinite(v)).toArray();
        if (positive.length == 0) {
            return 1;
        }
        return java.util.Arrays.stream(positive).max().getAsDouble()
                / java.util.Arrays.stream(positive).min().getAsDouble();
    }

    /** Told of every chart as it is rendered, with its tick labels computed: for tests that read charts. */
    private static volatile java.util.function.Consumer<Chart<?, ?>> inspector = chart -> {};

    /** Has {@code look} told of every chart rendered until the returned scope is closed. */
    static AutoCloseable inspect(java.util.function.Consumer<Chart<?, ?>> look) {
        inspector = look;
        return () -> inspector = chart -> {};
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
        nameModes(chart);
        labelLogAxes(chart);
        try {
            byte[] png = BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
            inspector.accept(chart);
            return new ChartImage(fileName, caption, png);
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
