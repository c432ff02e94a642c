package threadlab.lesson.measurementoverhead;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import threadlab.child.ChildJvm;
import threadlab.child.ChildRun;
import threadlab.measure.ChildProcesses;
import threadlab.measure.TaskProbe;
import threadlab.mode.Mode;
import threadlab.model.Deviation;
import threadlab.model.Laws;
import threadlab.result.AddsFields;
import threadlab.result.Prediction;
import threadlab.result.RunResult;
import threadlab.workload.Workload;

/**
 * {@code unmetered:N}, the baseline measurement-overhead holds the lab against: the same tasks in
 * a child JVM that runs no meter ({@link UnmeteredKind}), a plain JVM with no flags of the lab's
 * own, timed inside that JVM with {@link System#nanoTime} only. With N = 1 the tasks run one after
 * another on its main thread; with N &gt; 1 that loop first, then a plain
 * {@code Executors.newFixedThreadPool(N)}, so one JVM gives both sides of the speedup.
 *
 * <p>The lab's meter still wraps the whole run, as it wraps every run: its wall includes the
 * child JVM's start, warm-up and exit, and its CPU the child's whole life (read just before the
 * child is told to exit). So the run reports what
 * the child timed itself: {@code wallSeconds} is the child's own reading of the pool (or of the
 * loop, for N = 1), and the prediction's efficiency is taken against it; the meter's wall and the
 * child's own loop, CPU and JIT time are {@link UnmeteredFields}. What the lab's JVM does
 * meanwhile (its sampler ticking every 50 ms, reading the child's memory now and then) still
 * shares the cores with the child, and is that run's {@code labCpuSeconds}. Not in the mode
 * catalog: a baseline, not an execution model.
 */
public final class Unmetered implements Mode, AddsFields {

    public static final String NAME = "unmetered";

    /** How a sentence names this mode. */
    public static final String WORDS = "the same tasks in a JVM with no meter";

    private static final long TIMEOUT_SECONDS = 600;

    private final int workers;
    private volatile Map<String, Long> last = Map.of();
    private volatile double load = -1;

    Unmetered(int workers) {
        this.workers = workers;
    }

    @Override
    public String id() {
        return NAME + ":" + workers;
    }

    @Override
    public int concurrency(int tasks) {
        return Math.min(workers, tasks);
    }

    @Override
    public void run(Workload workload, int tasks, TaskProbe probe) throws InterruptedException {
        last = Map.of();
        List<String> args = List.of(workload.spec().toString(), Integer.toString(tasks), Integer.toString(workers));
        ChildRun child;
        try {
            child = ChildRun.start(ChildJvm.bare(), UnmeteredKind.NAME, args);
        } catch (IOException e) {
            probe.refused(0, tasks, e);
            return;
        }
        try {
            String line = child.nextLine(System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS));
            if (line == null) {
                probe.refused(
                        0,
                        tasks,
                        new IllegalStateException("the unmetered JVM answered nothing (" + child.ending() + ")"));
                return;
            }
            Map<String, Long> answer = parse(line);
            last = answer;
            load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            probe.addUnmeasured(answer.get("completed"), answer.get("checksum"));
        } catch (IllegalArgumentException e) {
            probe.refused(0, tasks, e);
        } catch (TimeoutException e) {
            child.kill();
            probe.refused(0, tasks, e);
        } finally {
            // the child waits for its stdin to close, so its CPU is read whole while it still lives
            ChildProcesses.addCpu(
                    ProcessHandle.of(child.pid()).map(ChildProcesses::cpuOf).orElse(null));
            child.close();
        }
    }

    /**
     * The prediction with its cause taken again against the child's own reading: the meter's cause
     * was for the meter's wall, the child's whole life, and would name a gap the reported run does
     * not have. The pool's own CPU and JIT time are the child's; the machine's other CPU was read
     * over the child's life, not the pool's, so it is left out.
     */
    private static Prediction ownCause(RunResult run, double wall, long cpuNanos, long jitMillis) {
        Prediction p = run.prediction();
        if (p == null || run.failed() > 0) {
            return p;
        }
        return p.withCause(Deviation.cause(
                p.withCause(null),
                new Deviation.Observed(
                        wall,
                        run.tasks(),
                        Runtime.getRuntime().availableProcessors(),
                        cpuNanos < 0 ? null : cpuNanos / 1e9,
                        null,
                        jitMillis < 0 ? null : jitMillis / 1e3,
                        null,
                        null)));
    }

    /** {@code key=value} tokens, every value a long. */
    static Map<String, Long> parse(String line) {
        Map<String, Long> values = new HashMap<>();
        for (String token : line.trim().split(" ")) {
            int eq = token.indexOf('=');
            if (eq > 0) {
                values.put(token.substring(0, eq), Long.parseLong(token.substring(eq + 1)));
            }
        }
        for (String key : List.of("completed", "checksum", "sequentialNanos", "wallNanos", "cpuNanos", "jitMillis")) {
            if (!values.containsKey(key)) {
                throw new IllegalArgumentException("the unmetered JVM's answer lacks " + key + ": " + line);
            }
        }
        return values;
    }

    /** The run as the child timed it: its own wall, and the meter's beside it. */
    @Override
    public RunResult addTo(RunResult run) {
        Map<String, Long> answer = last;
        if (answer.isEmpty()) {
            return run;
        }
        double wall = answer.get("wallNanos") / 1e9;
        long sequential = answer.get("sequentialNanos");
        long cpu = answer.get("cpuNanos");
        long jit = answer.get("jitMillis");
        RunResult own = run.toBuilder()
                .wallSeconds(wall)
                .throughputPerSecond(wall > 0 ? run.completed() / wall : 0)
                .efficiency(run.prediction() == null ? null : Laws.efficiency(run.prediction(), wall))
                .prediction(ownCause(run, wall, cpu, jit))
                .build();
        return own.with(new UnmeteredFields(
                run.wallSeconds(),
                sequential < 0 ? null : sequential / 1e9,
                cpu < 0 ? null : cpu / 1e9,
                jit < 0 ? null : jit / 1e3,
                load < 0 ? null : load));
    }
}
