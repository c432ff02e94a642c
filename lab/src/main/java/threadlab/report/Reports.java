package threadlab.report;

import java.io.IOException;
import java.nio.file.Path;
import threadlab.InvalidInputException;

/**
 * The report's entry points: a page for one run folder, a comparison of two, or a class's
 * folders side by side. A run folder
 * that is broken or partial still gets a page, which says what is missing; only a folder that
 * cannot be read, or a report folder that cannot be written, is an error.
 */
public final class Reports {

    /** Where a run's report goes: {@code RUN_DIR/report}. */
    public static final String FOLDER = "report";

    static {
        System.setProperty("java.awt.headless", "true");
    }

    private Reports() {}

    /**
     * Writes {@code runDir/report/index.html}, {@code summary.md} and {@code charts/}.
     *
     * @return the path of index.html
     * @throws InvalidInputException if {@code runDir} cannot be read or the report cannot be written
     */
    public static Path write(Path runDir) {
        RunFolder folder = RunFolder.read(runDir);
        return writeTo(ReportBuilder.build(folder), runDir.resolve(FOLDER));
    }

    /**
     * Writes a comparison of two runs into {@code outDir} (by default
     * {@code RUN_B/report/compare-<A's name>}).
     *
     * @return the path of index.html
     * @throws InvalidInputException if either folder cannot be read or the report cannot be written
     */
    public static Path compare(Path runA, Path runB, Path outDir) {
        RunFolder a = RunFolder.read(runA);
        RunFolder b = RunFolder.read(runB);
        Path out = outDir != null ? outDir : runB.resolve(FOLDER).resolve("compare-" + Charts.slug(a.name()));
        return writeTo(Comparison.build(a, b), out);
    }

    /**
     * Writes the class view of {@code runDirs} (many machines or JDKs) into {@code outDir}.
     *
     * @return the path of index.html
     * @throws InvalidInputException if no folder can be read or the page cannot be written
     */
    public static Path classView(java.util.List<Path> runDirs, Path outDir) {
        return writeTo(ClassView.build(runDirs), outDir);
    }

    private static Path writeTo(Report report, Path outDir) {
        try {
            return ReportWriter.write(report, outDir);
        } catch (IOException | SecurityException e) {
            throw new InvalidInputException("cannot write the report under " + outDir + ": " + e.getMessage());
        }
    }
}
