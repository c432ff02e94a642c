package threadlab.experiment;

import java.util.List;

/**
 * What the runner needs of the lesson catalog: every lesson's plan, in catalog order. Found
 * through {@link java.util.ServiceLoader} ({@code META-INF/services}), so the core never names a
 * lesson.
 */
public interface ExperimentCatalog {

    List<Experiment> experiments();
}
