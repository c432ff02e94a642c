package threadlab.report;

/**
 * A rendered chart: the PNG bytes, the file name they are written under (beside index.html, in
 * {@code charts/}), and the text a reader sees with it.
 */
public record ChartImage(String fileName, String caption, byte[] png) {}
