package threadlab.result;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;

/**
 * What the bounds say a run should take at best: the largest of the bounds that apply, the one
 * that binds. {@code bound} names it ({@code waiting}: Little's law; {@code cpu}: the tasks' CPU on
 * min(cores, workers); {@code start-cost}: thread starts one after another; {@code serial-fraction}:
 * Amdahl's serial part; {@code contention}: the measured cost of a contended hand-off), {@code model}
 * the law it comes from ({@code littles-law}, {@code amdahl}, ...), {@code basis} the numbers that
 * went in in one line and {@code figures} the same by name, with the other bounds' wall times as
 * {@code <bound>Seconds}. {@code cause}: for a run outside 0.8-1.15 of it, the likely cause in
 * words ("below: machine busy (load 5.2 on 2 cores)"), computed from what the run measured.
 *
 * <p>Run folders written before {@code bound}, {@code figures} and {@code cause} were recorded
 * read them as null: {@link #boundName()} says "not recorded".
 */
public record Prediction(
        String model,
        double wallSeconds,
        double throughputPerSecond,
        String basis,
        @JsonInclude(JsonInclude.Include.NON_NULL) String bound,
        @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, Double> figures,
        @JsonInclude(JsonInclude.Include.NON_NULL) String cause) {

    /** How a missing {@code bound} (a run folder from before it) reads. */
    public static final String NOT_RECORDED = "not recorded";

    /** A prediction as recorded before the bound was named. */
    public Prediction(String model, double wallSeconds, double throughputPerSecond, String basis) {
        this(model, wallSeconds, throughputPerSecond, basis, null, null, null);
    }

    /** The bound that binds, or "not recorded". */
    @JsonIgnore
    public String boundName() {
        return bound == null ? NOT_RECORDED : bound;
    }

    /** The same prediction with the cause of a run's deviation from it (null: within). */
    public Prediction withCause(String value) {
        return new Prediction(model, wallSeconds, throughputPerSecond, basis, bound, figures, value);
    }
}
