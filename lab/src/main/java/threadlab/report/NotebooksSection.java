package threadlab.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The coursework sheets executed on this run's results: the HTML copies in the run folder's
 * {@code notebooks/} (written by {@code lab.jar notebooks}, which {@code mvn verify} runs before
 * the final report), each linked by its path relative to the page.
 */
final class NotebooksSection {

    static final String FOLDER = threadlab.python.Notebooks.FOLDER;

    private NotebooksSection() {}

    /** A section listing the executed sheets, or none when the run folder has no executed notebooks. */
    static Optional<Section> of(RunFolder folder) {
        Path dir = folder.dir().resolve(FOLDER);
        if (!Files.isDirectory(dir)) {
            return Optional.empty();
        }
        List<List<String>> rows;
        try (Stream<Path> files = Files.list(dir)) {
            rows = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".html"))
                    .sorted()
                    .map(n -> List.of(n.substring(0, n.length() - ".html".length()), "../" + FOLDER + "/" + n))
                    .toList();
        } catch (IOException e) {
            return Optional.of(Section.empty(
                    FOLDER, "Coursework notebooks", "The executed notebooks could not be listed: " + e.getMessage()));
        }
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Section(
                FOLDER,
                "Coursework notebooks",
                "The lab sheets of notebooks/, executed headless on this run folder's results: every plot in them is drawn from the files beside this page.",
                List.of(),
                List.of(new Table("Executed copies (HTML).", List.of("sheet", "executed copy"), rows)),
                List.of(),
                List.of()));
    }
}
