package threadlab.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import threadlab.model.Deviation;
import threadlab.result.ResultsFile;
import threadlab.result.RunResult;

/**
 * Every run of this build's quick run, across all experiments, as the report reads it: a completed
 * run has a prediction or says why it has none, and the cause it carries agrees with the efficiency
 * it reports, one outside the band naming why and one inside naming nothing. A mode that reports a
 * wall of its own (the unmetered JVM's) must take the cause against that wall, not the meter's.
 */
class PredictionsIT {

    @Test
    void everyCompletedRunIsPredictedOrSaysWhyNot() throws Exception {
        List<RunResult> runs = completed();
        assertThat(runs)
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r.prediction() != null || r.noPrediction() != null)
                        .as("%s %s %s: a prediction or a reason for none", r.experiment(), r.mode(), r.workload())
                        .isTrue());
    }

    @Test
    void aRunNamesACauseExactlyWhenItLiesOutsideTheBand() throws Exception {
        List<RunResult> predicted = completed().stream()
                .filter(r -> r.prediction() != null && r.efficiency() != null)
                .toList();
        assertThat(predicted)
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r.prediction().cause() != null)
                        .as(
                                "%s %s %s at %.3f of its prediction, cause: %s",
                                r.experiment(),
                                r.mode(),
                                r.workload(),
                                r.efficiency(),
                                r.prediction().cause())
                        .isEqualTo(!Deviation.within(r.efficiency())));
    }

    private static List<RunResult> completed() throws Exception {
        return ResultsFile.read(BuildRun.folder()).runs().stream()
                .filter(r -> r.error() == null && r.failed() == 0 && r.notMeasured() == null)
                .toList();
    }
}
