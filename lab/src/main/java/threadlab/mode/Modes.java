package threadlab.mode;

import java.util.List;
import threadlab.InvalidInputException;
import threadlab.child.PoolOptions;

/** The mode catalog: every execution model the lab runs, picked by id. */
public final class Modes {

    /** The largest bound a mode accepts; beyond it a pool is a typo, not an experiment. */
    public static final int MAX_BOUND = 1_000_000;

    private static final List<ModeType> TYPES = List.of(
            new ModeType(
                            "sequential",
                            false,
                            "sequential",
                            "one task after another on the calling thread: the baseline",
                            n -> new Sequential())
                    .named("sequential", null),
            new ModeType(
                            "platform-pool",
                            true,
                            "platform-pool:N",
                            "a fixed pool of N platform threads (Executors.newFixedThreadPool)",
                            PlatformPool::new)
                    .named("the platform pool", "the pool of %s"),
            new ModeType(
                            "platform-per-task",
                            false,
                            "platform-per-task",
                            "a new platform (OS) thread per task, all at once: until the OS says no",
                            n -> new PlatformPerTask())
                    .named("a thread per task", null),
            new ModeType(
                            "virtual",
                            false,
                            "virtual",
                            "a virtual thread per task (Executors.newVirtualThreadPerTaskExecutor)",
                            n -> new VirtualPerTask())
                    .named("virtual threads", null),
            new ModeType(
                            "virtual-bounded",
                            true,
                            "virtual-bounded:N",
                            "a virtual thread per task, at most N at once (a Semaphore, not a pool)",
                            VirtualBounded::new)
                    .named("bounded virtual threads", "virtual threads capped at %s"),
            new ModeType(
                            "forkjoin",
                            true,
                            "forkjoin:N",
                            "a ForkJoinPool of parallelism N, tasks split in halves and stolen",
                            ForkJoin::new)
                    .named("ForkJoinPool", "ForkJoinPool(%s)"),
            new ModeType(
                            "process-per-task",
                            false,
                            "process-per-task",
                            "a new child JVM per task, all at once: what a process costs to start",
                            (n, settings) -> new ProcessPerTask())
                    .named("a process per task", null),
            new ModeType(
                            "process-pool",
                            true,
                            "process-pool:N",
                            "N reused child JVMs fed over pipes (the JVM's ProcessPoolExecutor); see --chunk, --on-crash",
                            (n, settings) -> new ProcessPoolMode(settings.withWorkers(n)))
                    .named("the process pool", "the pool of %s processes"),
            new ModeType("async", true, "async:N", AsyncCallbacks.SUMMARY, AsyncCallbacks::new, true)
                    .named("callbacks", "callbacks with at most %s in flight"));

    private Modes() {}

    /** The catalog's words for a mode of this name and bound (null: none), or empty for a name it lacks. */
    static java.util.Optional<String> describe(String name, String bound) {
        return TYPES.stream().filter(t -> t.name().equals(name)).findFirst().map(t -> t.describe(bound));
    }

    public static List<ModeType> types() {
        return TYPES;
    }

    /**
     * Builds the mode an id names, e.g. {@code platform-pool:4}. A bounded mode given without
     * {@code :N} gets {@code defaultBound}, unless its bound is optional ({@code async}: no bound).
     *
     * @throws InvalidInputException if the id names no mode, gives a bound to a mode that takes
     *     none, or gives a bound that is not a whole number in [1, {@value #MAX_BOUND}]
     */
    public static Mode parse(String id, int defaultBound) {
        return parse(id, defaultBound, PoolOptions.of(1));
    }

    /**
     * As {@link #parse(String, int)}, with the settings process-pool modes take (chunk, recycling,
     * timeout, what a crash does); other modes ignore them.
     *
     * @throws InvalidInputException as {@link #parse(String, int)}
     */
    public static Mode parse(String id, int defaultBound, PoolOptions settings) {
        String text = id == null ? "" : id.strip();
        int colon = text.indexOf(':');
        String name = colon < 0 ? text : text.substring(0, colon);
        ModeType type = TYPES.stream()
                .filter(t -> t.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException("unknown mode '" + text + "'; valid: "
                        + String.join(", ", TYPES.stream().map(ModeType::usage).toList())));
        if (colon < 0) {
            return type.factory().create(type.optional() ? ModeType.NO_BOUND : defaultBound, settings);
        }
        if (!type.bounded()) {
            throw new InvalidInputException("mode '" + name + "' takes no bound; write it as '" + type.usage() + "'");
        }
        return type.factory().create(bound(text.substring(colon + 1), text), settings);
    }

    /** As {@link #parse(String, int)}, with the number of available cores as the default bound. */
    public static Mode parse(String id) {
        return parse(id, Runtime.getRuntime().availableProcessors());
    }

    private static int bound(String raw, String id) {
        try {
            int n = Integer.parseInt(raw.replace("_", ""));
            if (n >= 1 && n <= MAX_BOUND) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below, with the range
        }
        throw new InvalidInputException(
                "bad bound in mode '" + id + "': expected a whole number from 1 to " + MAX_BOUND);
    }
}
