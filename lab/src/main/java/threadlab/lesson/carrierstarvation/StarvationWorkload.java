package threadlab.lesson.carrierstarvation;

import java.time.Duration;
import java.util.Set;
import threadlab.workload.CatalogWorkload;
import threadlab.workload.CpuWorkload;
import threadlab.workload.Nature;
import threadlab.workload.WorkloadSpec;
import threadlab.workload.WorkloadType;

/**
 * {@code starvation:hogs=H,hogMs=M,ioMs=N}: tasks 1..H are CPU hogs, every other task is an I/O
 * task that sleeps N ms. A hog first sleeps N/2 ms (so the I/O tasks have started and are
 * asleep), then computes for M ms without a single blocking point. Virtual threads are not
 * time-sliced: H hogs on C carriers, H ≥ C, hold every carrier for M ms, and an I/O task whose
 * sleep ends in that time waits for a carrier; the hogs, queued first, leave none free for
 * ⌊H / C⌋ rounds, so its latency grows by about M × ⌊H / C⌋. Platform
 * threads are time-sliced by the OS, so a woken I/O thread gets a core within a scheduler tick.
 * Task 0 is always an I/O task, the one a single-task calibration times.
 */
public final class StarvationWorkload extends CatalogWorkload {

    /** The catalog entry: name, nature, an example, one line of explanation. */
    public static final WorkloadType TYPE = new WorkloadType(
            "starvation",
            Nature.MIXED,
            "starvation:hogs=2,hogMs=300,ioMs=50",
            "tasks 1..hogs compute hogMs without blocking, the others sleep ioMs: carrier starvation",
            StarvationWorkload::new);

    private final int hogs;
    private final long hogMillis;
    private final long ioMillis;

    StarvationWorkload(WorkloadSpec spec) {
        super(spec);
        spec.requireOnly(Set.of("hogs", "hogMs", "ioMs"));
        this.hogs = (int) spec.longParam("hogs", 2, 0, 10_000);
        this.hogMillis = spec.longParam("hogMs", 300, 0, 600_000);
        this.ioMillis = spec.longParam("ioMs", 50, 0, 600_000);
    }

    /** Whether task {@code index} is a CPU hog. */
    boolean isHog(int index) {
        return index >= 1 && index <= hogs;
    }

    @Override
    public long runTask(int index) throws InterruptedException {
        long value = (index + 1L) + (index + 2L);
        if (isHog(index)) {
            if (ioMillis > 1) {
                Thread.sleep(ioMillis / 2);
            }
            long end = System.nanoTime() + hogMillis * 1_000_000L;
            long h = index;
            do {
                h = CpuWorkload.burn(h, 10_000);
            } while (System.nanoTime() < end);
            return value + (h == 0 ? 1 : 0);
        }
        if (ioMillis > 0) {
            Thread.sleep(ioMillis);
        }
        return value;
    }

    @Override
    public Duration blockingTime() {
        return Duration.ofMillis(ioMillis);
    }

    @Override
    public WorkloadSpec warmUpSpec() {
        return WorkloadSpec.parse("starvation:hogs=" + hogs + ",hogMs=0,ioMs=0");
    }
}
