package threadlab.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import threadlab.InvalidInputException;

/**
 * The experiments the lesson catalog lists, picked by id; {@code all} is every experiment in catalog
 * order.
 */
public final class Experiments {

    public static final String ALL = "all";

    /** Every lesson's plan, from every {@link ExperimentCatalog} on the class path, in catalog order. */
    private static final List<Experiment> EXPERIMENTS = ServiceLoader.load(ExperimentCatalog.class).stream()
            .flatMap(p -> p.get().experiments().stream())
            .toList();

    private Experiments() {}

    public static List<Experiment> all() {
        return EXPERIMENTS;
    }

    /**
     * The experiments the ids name, in the order given; {@code all} expands to the whole catalog.
     *
     * @throws InvalidInputException for an unknown id, listing the valid ones
     */
    public static List<Experiment> select(List<String> ids) {
        List<Experiment> selected = new ArrayList<>();
        for (String id : ids) {
            if (id.equals(ALL)) {
                selected.addAll(EXPERIMENTS);
                continue;
            }
            selected.add(EXPERIMENTS.stream()
                    .filter(e -> e.id().equals(id))
                    .findFirst()
                    .orElseThrow(() -> new InvalidInputException("unknown experiment '" + id + "'; valid: "
                            + String.join(
                                    ", ",
                                    EXPERIMENTS.stream().map(Experiment::id).toList()) + ", " + ALL)));
        }
        return selected.stream().distinct().toList();
    }
}
