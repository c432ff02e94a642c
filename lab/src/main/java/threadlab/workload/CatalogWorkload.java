package threadlab.workload;

/**
 * What every catalog workload shares: the spec it was built from, and its nature, as its catalog
 * entry ({@link WorkloadType}) declares it, so that a workload says its nature in one place.
 */
public abstract class CatalogWorkload implements Workload {

    private final WorkloadSpec spec;

    protected CatalogWorkload(WorkloadSpec spec) {
        this.spec = spec;
    }

    @Override
    public final WorkloadSpec spec() {
        return spec;
    }

    @Override
    public final Nature nature() {
        return Workloads.type(spec.name()).nature();
    }
}
