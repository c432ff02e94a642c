package threadlab.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import threadlab.result.Results;
import threadlab.result.ResultsFile;
import threadlab.result.RunResult;

/**
 * A run folder written before the lessons had packages of their own (a {@code run all --quick}
 * on 2 cores, JDK 25.0.3, trimmed to one run of each experiment and shape of fields) still reads:
 * every run keeps every field by its flat name when written again, a lesson's own fields included,
 * and the report draws every experiment's section from it.
 */
class RunFolderBeforeLessonsTest {

    private static final String FIXTURE = "/threadlab/report/written-before-lessons/results.json";

    @TempDir
    Path temp;

    @Test
    void everyRunReadsAndWritesBackTheSameFlatFields() throws IOException {
        Path dir = folder();
        JsonNode written =
                ResultsFile.json().readTree(dir.resolve(ResultsFile.NAME).toFile());
        Results results = ResultsFile.read(dir);

        assertThat(results.schema()).isEqualTo(Results.SCHEMA);
        assertThat(results.runs()).hasSize(written.get("runs").size()).hasSizeGreaterThan(16);
        for (int i = 0; i < results.runs().size(); i++) {
            JsonNode before = written.get("runs").get(i);
            JsonNode after = ResultsFile.json()
                    .readTree(
                            ResultsFile.json().writeValueAsString(results.runs().get(i)));
            assertThat(names(after)).as("fields of run %d", i).isEqualTo(names(before));
            assertThat(after).as("run %d", i).isEqualTo(before);
        }
    }

    @Test
    void aLessonsOwnFieldsAreKeptFlatAndReadThroughItsRecord() throws IOException {
        RunResult echo = ResultsFile.read(folder()).runs().stream()
                .filter(r -> r.experiment().equals("ipc-channels"))
                .findFirst()
                .orElseThrow();

        record Transfer(String channel, Integer messageBytes, Double bytesPerSecond) {}
        Transfer fields = echo.extra(Transfer.class);
        assertThat(fields.channel()).isNotBlank();
        assertThat(fields.messageBytes()).isPositive();
        assertThat(fields.bytesPerSecond())
                .isEqualTo(echo.throughputPerSecond() * fields.messageBytes(), offset(1e-6 * fields.bytesPerSecond()));
    }

    @Test
    void theReportDrawsEveryExperimentOfTheOldFolder() throws IOException {
        Path dir = folder();
        Results results = ResultsFile.read(dir);
        Report report = ReportBuilder.build(RunFolder.read(dir));

        List<String> experiments =
                results.runs().stream().map(RunResult::experiment).distinct().toList();
        assertThat(report.problems()).isEmpty();
        assertThat(report.sections()).extracting(Section::id).containsSubsequence(experiments);
        assertThat(report.sections())
                .filteredOn(s -> experiments.contains(s.id()))
                .allSatisfy(s -> assertThat(s.notes()).noneMatch(n -> n.contains("could not be drawn")));
    }

    private Path folder() throws IOException {
        Path dir = Files.createDirectories(temp.resolve("main-run"));
        try (InputStream in = getClass().getResourceAsStream(FIXTURE)) {
            Files.copy(in, dir.resolve(ResultsFile.NAME));
        }
        return dir;
    }

    private static Set<String> names(JsonNode run) {
        Set<String> names = new TreeSet<>();
        for (Iterator<String> it = run.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }
}
