package threadlab.result;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** The fields every run of {@code threadlab.results/1} carries, as the notebooks and the report read them. */
public final class ContractFields {

    /** Every run's fields, present even where their value is null. */
    public static final List<String> RUN = List.of(
            "workload",
            "nature",
            "mode",
            "tasks",
            "concurrency",
            "repeat",
            "wallSeconds",
            "throughputPerSecond",
            "latencyMs",
            "cpuSeconds",
            "peakInFlight",
            "peakThreads",
            "peakRssBytes",
            "pinnedEvents",
            "checksum",
            "completed",
            "failed",
            "prediction",
            "efficiency",
            "error");

    private ContractFields() {}

    /** Fails naming the first field of {@link #RUN} the run lacks. */
    public static void assertEveryRunField(JsonNode run) {
        for (String field : RUN) {
            assertThat(run.has(field)).as(field).isTrue();
        }
    }
}
