package threadlab.workload;

/** What bounds a workload's tasks, and so which law predicts how fast they can go. */
public enum Nature {
    /** Tasks wait (sleep, network): the limit is how many wait at once (Little's law). */
    IO,
    /** Tasks compute: the limit is the number of cores (Amdahl). */
    CPU,
    /** Tasks compute, then wait: either limit may bind. */
    MIXED,
    /** Tasks fight over one piece of shared state: the limit is the serial part. */
    CONTENDED
}
