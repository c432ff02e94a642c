package threadlab.result;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PredictionTest {

    @Test
    void aPredictionFromBeforeTheBoundWasNamedReadsNotRecorded() throws Exception {
        Prediction old = ResultsFile.json()
                .readValue(
                        "{\"model\":\"littles-law\",\"wallSeconds\":0.1,\"throughputPerSecond\":10,\"basis\":\"1 round\"}",
                        Prediction.class);
        assertThat(old.bound()).isNull();
        assertThat(old.boundName()).isEqualTo("not recorded");
        assertThat(old.cause()).isNull();
    }

    @Test
    void theBoundFiguresAndCauseSurviveARoundTrip() throws Exception {
        Prediction p = new Prediction(
                "amdahl", 1.0, 8, "8 tasks", "cpu", java.util.Map.of("taskCpuMs", 250.0), "below: GC 0.5 s");
        String json = ResultsFile.json().writeValueAsString(p);
        assertThat(json).doesNotContain("boundName");
        assertThat(ResultsFile.json().readValue(json, Prediction.class)).isEqualTo(p);
    }
}
