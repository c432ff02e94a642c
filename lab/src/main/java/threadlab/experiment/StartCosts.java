package threadlab.experiment;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.CountDownLatch;
import java.util.function.LongSupplier;
import threadlab.child.ChildJvm;
import threadlab.child.OneShotChild;
import threadlab.measure.ChildProcesses;
import threadlab.measure.CpuSpan;
import threadlab.measure.ProcessCpu;
import threadlab.model.Starts;

/**
 * What one thread start costs the thread that starts it, platform and virtual, measured once on
 * this machine before the runs: {@code COUNT} threads started one after another, each parked until
 * all are started, the starting thread's time for the loop over the count, the least of three
 * such loops. For a platform thread its wall time, not its CPU: {@code Thread.start} returns once
 * the new OS thread has signalled that it runs, so the starter waits for a wake-up on another core
 * at every start. On 2 cores (Intel Xeon, JDK 25) a platform start cost the starter 37-45 µs of CPU
 * and 104-118 µs of wall time; 1,000 platform threads that each sleep 50 ms took 188-199 ms to
 * start and end, 138-148 µs a start, where the CPU figure had predicted 87-91 ms. A virtual
 * thread's start only hands a task to the scheduler and waits for nothing: its starter's CPU
 * (with the wall time, 2.2-2.8 µs, 10,000 virtual threads beat the bound by 18 ms and 1,000 of
 * them sleeping 50 ms turned start-bound in one run and not in the next). And how many such starts a
 * mode makes one after another for a run (a thread per task, a pool that makes its workers on
 * submit), or the one child JVM start a task of {@code process-per-task} waits for. Beside that,
 * the CPU each started thread or JVM costs the machine over its whole life, which the CPU bound
 * adds to the tasks' own ({@link Starts}).
 */
final class StartCosts {

    private static final int COUNT = 200;
    private static final int LOOPS = 3;
    private static final int PLATFORM_LIVES = 1_000;
    private static final int VIRTUAL_LIVES = 10_000;
    private static final String NO_OP_SPEC = "sleep:ms=0";
    private static final double CANNOT_START = -1;

    private double platformSeconds = Double.NaN;
    private double virtualSeconds = Double.NaN;
    private double childJvmSeconds = Double.NaN;
    private double platformLifeCpu = Double.NaN;
    private double virtualLifeCpu = Double.NaN;
    private double childJvmLifeCpu = Double.NaN;

    Starts of(String modeId, int tasks, int concurrency) throws InterruptedException {
        String type = modeId.contains(":") ? modeId.substring(0, modeId.indexOf(':')) : modeId;
        return switch (type) {
            case "platform-per-task" -> new Starts(tasks, platform(), tasks, platformLife());
            case "platform-pool" -> {
                int workers = Math.min(tasks, concurrency);
                yield new Starts(workers, platform(), workers, platformLife());
            }
            case "virtual", "virtual-bounded" -> new Starts(tasks, virtual(), tasks, virtualLife());
            case "process-per-task" -> childJvm(tasks);
            default -> Starts.NONE;
        };
    }

    private double platform() throws InterruptedException {
        if (Double.isNaN(platformSeconds)) {
            platformSeconds = leastOf(Thread.ofPlatform(), System::nanoTime);
        }
        return platformSeconds;
    }

    /**
     * A child JVM's start for {@code process-per-task}: each task's launcher starts one, which boots,
     * builds the workload and runs the task, so the last task cannot end before one start and its
     * own time (the launches overlap: one start, not one per task), and every task's JVM costs the
     * cores its boot and exit. Timed on a no-op task, the least of two, its CPU this process's and
     * the child's together, less the JIT's compiling here (the least of two); none where a child JVM
     * cannot be started here.
     */
    private Starts childJvm(int tasks) {
        if (Double.isNaN(childJvmSeconds)) {
            double least = Double.POSITIVE_INFINITY;
            double leastCpu = Double.POSITIVE_INFINITY;
            for (int i = 0; i < 2; i++) {
                CpuSpan cpu = CpuSpan.start(StartCosts::cpuWithChildren);
                long t0 = System.nanoTime();
                OneShotChild.Result r = OneShotChild.run(ChildJvm.standard(), NO_OP_SPEC, 0);
                if (r.error() != null) {
                    childJvmSeconds = CANNOT_START;
                    break;
                }
                least = Math.min(least, (System.nanoTime() - t0) / 1e9);
                leastCpu = Math.min(leastCpu, Math.max(0, cpu.seconds()));
            }
            if (childJvmSeconds != CANNOT_START) {
                childJvmSeconds = least;
                childJvmLifeCpu = leastCpu;
            }
        }
        return childJvmSeconds == CANNOT_START ? Starts.NONE : new Starts(1, childJvmSeconds, tasks, childJvmLifeCpu);
    }

    /** A platform thread's life: the CPU of {@value #PLATFORM_LIVES} threads alive at once ({@link #lifeCpu}). */
    private double platformLife() throws InterruptedException {
        if (Double.isNaN(platformLifeCpu)) {
            platformLifeCpu = lifeCpu(Thread.ofPlatform(), PLATFORM_LIVES);
        }
        return platformLifeCpu;
    }

    /** A virtual thread's life: the CPU of {@value #VIRTUAL_LIVES} threads alive at once ({@link #lifeCpu}). */
    private double virtualLife() throws InterruptedException {
        if (Double.isNaN(virtualLifeCpu)) {
            virtualLifeCpu = lifeCpu(Thread.ofVirtual(), VIRTUAL_LIVES);
        }
        return virtualLifeCpu;
    }

    /**
     * The CPU a thread's whole life costs the process, start and exit included (the starter's, the
     * thread's own, the kernel's for both), over {@code count} threads started one after another,
     * each parked until the last has started, then released and joined, less the JIT's compiling
     * meanwhile; NaN where the process's CPU is not known. Alive at once, as a run's threads are:
     * each needs a stack of its own, where threads that end before the next starts reuse one
     * (glibc keeps the stacks of ended threads). On 2 cores (Intel Xeon VM, JDK 25) a platform
     * thread cost 149-175 µs so, 250-310 µs alive among 1,000, and the same again when each slept
     * 50 ms instead of parking: 2,000 socket tasks on a platform thread each had spent 1.3-1.6x the
     * CPU their tasks and lives measured the other way accounted for. A virtual thread costs 0.4-4.2 µs either
     * way, within the clock's ticks. Joined one at a time, every join is a wake-up from another
     * core: a version measured so put a virtual thread's life at 32 µs. The process's CPU clock
     * counts 10 ms ticks: {@code count} is set so the loop spans many.
     */
    private static double lifeCpu(Thread.Builder builder, int count) throws InterruptedException {
        CountDownLatch allStarted = new CountDownLatch(1);
        Runnable parked = () -> awaitQuietly(allStarted);
        CpuSpan cpu = CpuSpan.ofProcess();
        Thread[] threads = new Thread[count];
        int started = 0;
        try {
            for (; started < count; started++) {
                threads[started] = builder.start(parked);
            }
        } finally {
            allStarted.countDown();
            for (int i = 0; i < started; i++) {
                threads[i].join();
            }
        }
        return Math.max(0, cpu.seconds()) / count;
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** This process's CPU and its children's so far (those ended and those alive), -1 where either is unknown. */
    private static long cpuWithChildren() {
        long own = ProcessCpu.nanos();
        long children = ChildProcesses.cpuNanosSoFar();
        return own < 0 || children < 0 ? -1 : own + children;
    }

    private double virtual() throws InterruptedException {
        if (Double.isNaN(virtualSeconds)) {
            measure(Thread.ofVirtual(), starterCpu());
            virtualSeconds = leastOf(Thread.ofVirtual(), starterCpu());
        }
        return virtualSeconds;
    }

    /** The least of {@link #LOOPS} measurements: a busy moment only ever lengthens one. */
    private static double leastOf(Thread.Builder builder, LongSupplier clock) throws InterruptedException {
        double least = Double.POSITIVE_INFINITY;
        for (int i = 0; i < LOOPS; i++) {
            least = Math.min(least, measure(builder, clock));
        }
        return least;
    }

    /** The starting thread's CPU clock, in nanoseconds; the wall clock where the JVM does not measure it. */
    private static LongSupplier starterCpu() {
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        return bean.isCurrentThreadCpuTimeSupported() ? bean::getCurrentThreadCpuTime : System::nanoTime;
    }

    private static double measure(Thread.Builder builder, LongSupplier clock) throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        Thread[] threads = new Thread[COUNT];
        long t0 = clock.getAsLong();
        int started = 0;
        try {
            for (; started < COUNT; started++) {
                threads[started] = builder.start(() -> awaitQuietly(release));
            }
            long t1 = clock.getAsLong();
            return (t1 - t0) / 1e9 / COUNT;
        } finally {
            release.countDown();
            for (int i = 0; i < started; i++) {
                threads[i].join();
            }
        }
    }
}
