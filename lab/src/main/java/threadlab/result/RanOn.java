package threadlab.result;

/**
 * The JDK a run ran on, a field of every run since {@code run --jdk} (written flat as {@code jdk}
 * among the run's fields, see {@link RunResult#with(Record)}): the {@code JAVA_VERSION} of the JVM
 * that measured it, or for a lesson that runs in child JVMs, of the JDK its children ran on
 * ({@code 25.0.3}). Run folders written before it lack it: {@link #of} reads such a run as run on
 * the JDK of the results' environment, the JVM that wrote the file.
 */
public record RanOn(String jdk) {

    /** What a run folder without the field says: "not recorded". */
    public static final String NOT_RECORDED = "not recorded";

    /** The JDK {@code run} ran on; {@code fallback} (the environment's JDK, or null) where it has no field. */
    public static String of(RunResult run, String fallback) {
        String jdk = run.extra(RanOn.class).jdk();
        if (jdk != null && !jdk.isBlank()) {
            return jdk;
        }
        return fallback == null || fallback.isBlank() ? NOT_RECORDED : fallback;
    }

    /** The run with this field set, unless it has one (a child JVM's run says its own). */
    public static RunResult stamp(RunResult run, String jdk) {
        return run.extra(RanOn.class).jdk() != null ? run : run.with(new RanOn(jdk));
    }
}
