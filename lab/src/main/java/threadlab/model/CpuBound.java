package threadlab.model;

import java.util.Map;

/**
 * The cores: every task's CPU (computing tasks' single-threaded time; for tasks that wait, the CPU
 * their I/O costs the process, measured before the runs) spread over min(cores, workers).
 */
public final class CpuBound implements Bound {

    @Override
    public String name() {
        return "cpu";
    }

    @Override
    public Estimate estimate(RunFacts f) {
        double cpu = f.cpuPerTask();
        if (Double.isNaN(cpu) || cpu <= 0) {
            return null;
        }
        return new Estimate(
                name(),
                "amdahl",
                f.tasks() * cpu / f.parallel(),
                String.format("%,d tasks x %.3f ms CPU on %d core(s)", f.tasks(), cpu * 1e3, f.parallel()),
                Map.of("taskCpuMs", cpu * 1e3, "parallel", (double) f.parallel()));
    }
}
