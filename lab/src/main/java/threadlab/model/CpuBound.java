package threadlab.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import threadlab.workload.Nature;

/**
 * The cores: every task's CPU (computing tasks' single-threaded time; for tasks that wait, the CPU
 * their I/O costs the process, measured before the runs) spread over min(cores, workers).
 *
 * <p>Tasks that only compute run to their end on their worker: with fewer workers than tasks
 * (virtual threads on their carriers, a pool) they compute in whole rounds of {@code workers},
 * each round as long as one task where it has a core for each, longer by {@code workers / cores}
 * where the OS shares fewer cores among more workers. So 3 tasks on 2 carriers take two tasks'
 * time, and 3 on a thread each take one and a half on 2 cores. Many tasks per worker come to the
 * same as spreading the CPU evenly; tasks that wait give their worker up while they wait, and their
 * CPU is spread evenly. A task that computes, then waits ({@link Nature#MIXED}), still waits after
 * the last computing is done: its wait comes on top. {@code mixed:cpuWork=112500,ioMs=5} on 100
 * virtual threads had sat at 0.41-0.66 of the CPU alone in every verify run.
 *
 * <p>The threads or JVMs a run starts cost CPU of their own, over their lives, on the same cores
 * ({@link Starts}): on 2 cores (Intel Xeon VM, JDK 25), before they were counted, 2,000 socket
 * tasks on a platform thread each spent 3.5-4x the CPU their tasks had cost in the calibration,
 * and three CPU tasks in a child JVM each 1.8-2x.
 */
public final class CpuBound implements Bound {

    private static final String NAME = "cpu";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Estimate estimate(RunFacts f) {
        Estimate tasks = tasksAlone(f);
        double lives = f.starts().lifeCpuTotal();
        if (tasks == null || lives <= 0) {
            return tasks;
        }
        int cores = Math.max(1, Math.min(f.cores(), f.starts().lives()));
        Map<String, Double> figures = new LinkedHashMap<>(tasks.figures());
        figures.put("startLives", (double) f.starts().lives());
        figures.put("startCpuUs", f.starts().lifeCpuSeconds() * 1e6);
        return new Estimate(
                name(),
                tasks.law(),
                tasks.wallSeconds() + lives / cores,
                String.format(
                        "%s, plus %,d threads' or JVMs' lives x %.1f µs CPU each (start and exit) on %d core(s)",
                        tasks.basis(), f.starts().lives(), f.starts().lifeCpuSeconds() * 1e6, cores),
                Collections.unmodifiableMap(figures));
    }

    /** The tasks' own CPU, without what starting and ending their threads or JVMs costs. */
    private static Estimate tasksAlone(RunFacts f) {
        double cpu = f.cpuPerTask();
        if (Double.isNaN(cpu) || cpu <= 0) {
            return null;
        }
        if (f.nature() == Nature.CPU) {
            int workers = f.computing();
            long rounds = (f.tasks() + workers - 1) / workers;
            return new Estimate(
                    NAME,
                    "amdahl",
                    roundsSeconds(f.tasks(), workers, f.cores(), cpu),
                    String.format(
                            "%,d tasks x %.3f ms CPU, %d at a time on %d core(s): %d round(s)",
                            f.tasks(), cpu * 1e3, workers, Math.max(1, f.cores()), rounds),
                    Map.of(
                            "taskCpuMs",
                            cpu * 1e3,
                            "parallel",
                            (double) f.parallel(),
                            "workers",
                            (double) workers,
                            "rounds",
                            (double) rounds));
        }
        if (f.nature() == Nature.MIXED && f.waitSeconds() > 0) {
            return new Estimate(
                    NAME,
                    "amdahl",
                    f.tasks() * cpu / f.parallel() + f.waitSeconds(),
                    String.format(
                            "%,d tasks x %.3f ms CPU on %d core(s), then the last one's %.3f ms wait",
                            f.tasks(), cpu * 1e3, f.parallel(), f.waitSeconds() * 1e3),
                    Map.of("taskCpuMs", cpu * 1e3, "parallel", (double) f.parallel(), "waitMs", f.waitSeconds() * 1e3));
        }
        return new Estimate(
                NAME,
                "amdahl",
                f.tasks() * cpu / f.parallel(),
                String.format("%,d tasks x %.3f ms CPU on %d core(s)", f.tasks(), cpu * 1e3, f.parallel()),
                Map.of("taskCpuMs", cpu * 1e3, "parallel", (double) f.parallel()));
    }

    /**
     * {@code tasks} of {@code cpu} seconds each on {@code workers} that take one task at a time,
     * sharing {@code cores}: full rounds of {@code workers} tasks, then the rest, each round
     * {@code cpu × max(1, tasks in it / cores)}.
     */
    static double roundsSeconds(int tasks, int workers, int cores, double cpu) {
        int w = Math.max(1, Math.min(tasks, workers));
        int c = Math.max(1, cores);
        long full = tasks / w;
        int rest = tasks % w;
        double seconds = full * cpu * Math.max(1.0, (double) w / c);
        if (rest > 0) {
            seconds += cpu * Math.max(1.0, (double) rest / c);
        }
        return seconds;
    }
}
