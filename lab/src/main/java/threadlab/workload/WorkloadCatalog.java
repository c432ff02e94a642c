package threadlab.workload;

import java.util.List;

/**
 * Workloads beyond the core's general ones: each lesson's own, as the lesson catalog lists them.
 * Found through {@link java.util.ServiceLoader} ({@code META-INF/services}), so that a child JVM
 * rebuilds any workload from its spec text, and the core never names a lesson.
 */
public interface WorkloadCatalog {

    List<WorkloadType> workloads();
}
