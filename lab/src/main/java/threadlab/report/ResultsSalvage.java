package threadlab.report;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import threadlab.result.EnvironmentInfo;
import threadlab.result.Results;
import threadlab.result.ResultsFile;
import threadlab.result.RunResult;

/**
 * Reads what can be read of a {@code results.json} that is cut short (a copy that stopped, a full
 * disk): the header fields before the break and every complete run, in order. The lab itself
 * writes the file atomically, so this is for files that travelled.
 */
final class ResultsSalvage {

    /** The runs that were complete, and where and why reading stopped. */
    record Salvaged(Results results, String stoppedAt) {}

    private ResultsSalvage() {}

    static Salvaged read(Path file) throws IOException {
        ObjectMapper json = ResultsFile.json();
        String schema = null, runId = null, experiment = null, startedAt = null;
        EnvironmentInfo environment = null;
        List<RunResult> runs = new ArrayList<>();
        String stoppedAt = null;
        try (JsonParser p = json.createParser(file.toFile())) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("not a JSON object");
            }
            try {
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String field = p.currentName();
                    p.nextToken();
                    switch (field) {
                        case "schema" -> schema = p.getValueAsString();
                        case "runId" -> runId = p.getValueAsString();
                        case "experiment" -> experiment = p.getValueAsString();
                        case "startedAt" -> startedAt = p.getValueAsString();
                        case "environment" -> environment = json.treeToValue(json.readTree(p), EnvironmentInfo.class);
                        case "runs" -> {
                            while (p.nextToken() == JsonToken.START_OBJECT) {
                                JsonNode run = json.readTree(p);
                                runs.add(json.treeToValue(run, RunResult.class));
                            }
                        }
                        default -> p.skipChildren();
                    }
                }
            } catch (IOException e) {
                stoppedAt = "byte " + p.currentLocation().getByteOffset() + ": " + firstLine(e.getMessage());
            }
        }
        return new Salvaged(
                new Results(schema, runId, experiment, startedAt, environment, List.copyOf(runs)), stoppedAt);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unexpected end";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
