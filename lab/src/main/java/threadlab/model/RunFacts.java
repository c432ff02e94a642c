package threadlab.model;

import threadlab.workload.Nature;

/**
 * What the bounds of a run are computed from: the run's shape (tasks, how many at once, cores)
 * and what was calibrated on this machine before the runs. A figure that was not measured is NaN
 * (or 0 starts), and a bound that needs it does not apply.
 *
 * @param waitSeconds how long each task waits by design
 * @param taskSeconds one task's single-threaded wall time, wait included
 * @param taskCpuSeconds the CPU one task costs the process (its own thread and any other, a
 *     loopback server's): a computing task's on one thread; a waiting task's measured without its
 *     wait, eight in flight, where the CPU bound can bind
 * @param serialFraction the part of a task that cannot overlap another's (1 behind one lock)
 * @param starts the threads or JVMs the run starts: those in a row on the submitting thread and
 *     what each costs it, and the CPU each costs the machine over its life
 * @param contended one task's time while two tasks hit the same shared state at once (the
 *     measured cost of a contended hand-off), with the spread of the calibration's rounds
 * @param workers the most tasks that compute at once, each to its end ({@code Mode#workers}): the
 *     carriers of virtual threads, a pool's threads; every task in flight where each has an OS
 *     thread of its own
 */
public record RunFacts(
        Nature nature,
        int tasks,
        int concurrency,
        int cores,
        double waitSeconds,
        double taskSeconds,
        double taskCpuSeconds,
        double serialFraction,
        Starts starts,
        Contended contended,
        int workers) {

    /** A run known by its shape, its wait and its single-threaded task time alone; every task in flight has a worker. */
    public static RunFacts of(
            Nature nature,
            int tasks,
            int concurrency,
            int cores,
            double waitSeconds,
            double taskSeconds,
            double serialFraction) {
        return new RunFacts(
                nature,
                tasks,
                concurrency,
                cores,
                waitSeconds,
                taskSeconds,
                Double.NaN,
                serialFraction,
                Starts.NONE,
                Contended.NONE,
                concurrency);
    }

    /** The most tasks in flight at once. */
    public int inFlight() {
        return Math.max(1, Math.min(tasks, concurrency));
    }

    /** The most tasks computing at once: min(in flight, cores). */
    public int parallel() {
        return Math.max(1, Math.min(inFlight(), cores));
    }

    /** The most tasks that compute at once, each to its end: at least 1, at most the tasks in flight. */
    public int computing() {
        return Math.max(1, Math.min(inFlight(), workers));
    }

    /** ⌈tasks / in flight⌉. */
    public long rounds() {
        return (tasks + inFlight() - 1) / inFlight();
    }

    /** The CPU one task costs: its measured CPU where known, else its time beyond the wait. */
    public double cpuPerTask() {
        if (!Double.isNaN(taskCpuSeconds)) {
            return taskCpuSeconds;
        }
        return Double.isNaN(taskSeconds) ? Double.NaN : Math.max(0, taskSeconds - waitSeconds);
    }
}
