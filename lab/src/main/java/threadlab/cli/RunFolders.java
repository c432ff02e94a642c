package threadlab.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Pattern;
import threadlab.InvalidInputException;
import threadlab.experiment.Experiments;
import threadlab.result.ResultsFile;

/** Names and creates the run folder of {@code run}: {@code --out DIR}, {@code --run-id ID} or a default id. */
final class RunFolders {

    /** The longest experiment part of a default run id; more experiments than fit are counted instead. */
    static final int MAX_LABEL_IN_ID = 60;

    private static final Pattern RUN_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    private RunFolders() {}

    /**
     * The run folder's name when none is given: the date and time, then what ran: {@code all} when
     * {@code all} was asked for, else the experiment ids joined by {@code _}, or the first and a
     * count when they would make the name long ({@code seed-and-3-more}).
     */
    static String defaultRunId(LocalDateTime now, List<String> asked, String label) {
        String what;
        if (asked.contains(Experiments.ALL)) {
            what = Experiments.ALL;
        } else {
            List<String> ids = List.of(label.split(","));
            what = String.join("_", ids);
            if (what.length() > MAX_LABEL_IN_ID) {
                what = ids.get(0) + "-and-" + (ids.size() - 1) + "-more";
            }
        }
        return now.format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + "-" + what;
    }

    /**
     * Creates the run folder {@code out/<runId>} (the default id when {@code runId} is null) and
     * checks that it can be written.
     *
     * @throws InvalidInputException for a bad id, a folder that already holds results, or one that cannot be written
     */
    static Path create(Path out, String runId, List<String> experiments, String label) {
        String id = runId != null ? runId : defaultRunId(LocalDateTime.now(), experiments, label);
        if (!RUN_ID.matcher(id).matches()) {
            throw new InvalidInputException(
                    "bad --run-id '" + id + "': use letters, digits, '.', '_' and '-' (at most 100)");
        }
        Path runDir = out.resolve(id);
        if (Files.exists(runDir.resolve(ResultsFile.NAME))) {
            throw new InvalidInputException(
                    "run folder " + runDir + " already has " + ResultsFile.NAME + "; choose another --run-id");
        }
        try {
            Files.createDirectories(runDir);
            Files.deleteIfExists(Files.createTempFile(runDir, ".write-check", ".tmp"));
        } catch (IOException | SecurityException e) {
            throw new InvalidInputException("cannot write results under --out " + out + ": " + e.getMessage());
        }
        return runDir;
    }
}
