package threadlab.workload;

import java.time.Duration;
import java.util.OptionalLong;

/**
 * One family of tasks, built from a {@link WorkloadSpec}. Task {@code i} is the same computation
 * whichever mode runs it, so the run's checksum is the lab's cross-mode correctness check.
 *
 * <p>A workload instance serves one run: it may hold shared state (a counter) or a resource (a
 * loopback server) that {@link #close()} releases. {@link #runTask(int)} is called concurrently
 * from any kind of thread.
 */
public interface Workload extends AutoCloseable {

    /** The canonical spec this workload was built from. */
    WorkloadSpec spec();

    Nature nature();

    /**
     * Runs task {@code index} and returns its checksum.
     *
     * @throws Exception whatever the task's work throws; the run records it as a failed task
     */
    long runTask(int index) throws Exception;

    /** How long one task waits by design (a sleep, an injected latency); zero for pure CPU work. */
    default Duration blockingTime() {
        return Duration.ZERO;
    }

    /** The part of a task that cannot run in parallel with other tasks (Amdahl's serial fraction). */
    default double serialFraction() {
        return 0.0;
    }

    /**
     * The checksum of a whole run from the combined task checksums (see {@link Checksums}). A
     * workload with shared state reports that state instead, so lost updates show in it.
     */
    default long runChecksum(long combinedTaskChecksums) {
        return combinedTaskChecksums;
    }

    /** Whether every mode must produce the same run checksum; false where races are the point. */
    default boolean deterministic() {
        return true;
    }

    /** Expected minus observed updates of the shared state, for workloads that have one. */
    default OptionalLong lostUpdates(int tasksCompleted) {
        return OptionalLong.empty();
    }

    /** Connections the workload's server refused during the run, for workloads that have one. */
    default OptionalLong refusedConnections() {
        return OptionalLong.empty();
    }

    /**
     * How many connects the workload lets wait for its server at once, where it bounds them to the
     * OS's listen backlog cap; empty where it makes no connections or sets no bound.
     */
    default java.util.OptionalInt connectBound() {
        return java.util.OptionalInt.empty();
    }

    /**
     * The fields this workload adds to its run of its own, as a record (merged into the run by
     * {@code threadlab.result.RunResult#with}), or null for none: the socket workload's server
     * and round trips, say.
     */
    default Record extraFields() {
        return null;
    }

    /**
     * Whether the run's threads stopped making progress until a bounded wait gave up, for a
     * workload that watches for it (a carrier deadlock); null for the others.
     */
    default Boolean stalled() {
        return null;
    }

    /** An excerpt of the thread dump taken while the run stalled; null if it did not, or cannot tell. */
    default String threadDump() {
        return null;
    }

    /** A spec for the same code paths without the waiting, used to warm the JIT before measuring. */
    default WorkloadSpec warmUpSpec() {
        return spec();
    }

    /**
     * Why this workload cannot run in a child JVM, or null if it can. A workload whose result
     * lives in shared memory (a counter) has no honest process form: each child would count in
     * its own memory.
     */
    default String childProcessLimitation() {
        return null;
    }

    @Override
    default void close() {}
}
