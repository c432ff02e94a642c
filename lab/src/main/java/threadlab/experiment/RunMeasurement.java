package threadlab.experiment;

import java.io.PrintWriter;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongConsumer;
import org.HdrHistogram.Histogram;
import threadlab.measure.Measured;
import threadlab.measure.Meter;
import threadlab.measure.TaskProbe;
import threadlab.model.Bounds;
import threadlab.model.Deviation;
import threadlab.model.Laws;
import threadlab.model.RunFacts;
import threadlab.model.Starts;
import threadlab.result.AddsFields;
import threadlab.result.LatencyMs;
import threadlab.result.Prediction;
import threadlab.result.RunResult;
import threadlab.workload.Checksums;
import threadlab.workload.Workload;
import threadlab.workload.WorkloadSpec;
import threadlab.workload.Workloads;

/**
 * Measures one run of a trial in this JVM and turns what the meter saw into a {@link RunResult}:
 * the law's prediction and the efficiency against it, the workload's own counts (lost updates,
 * refused connections, a stall), then the fields the workload and the mode add of their own
 * ({@link AddsFields}). Workloads that compute are timed single-threaded once
 * and the CPU of waiting tasks, thread starts and contended hand-offs ({@link Calibration},
 * {@link StartCosts}) for the bounds ({@link Bounds}); a run outside 0.8-1.15 of its prediction
 * gets its likely cause ({@link Deviation}). A narrated run prints each task's end as it happens.
 */
final class RunMeasurement {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss.SSS");

    private final PrintWriter narration;
    private final int cores = Runtime.getRuntime().availableProcessors();
    private final Map<String, Calibration.Figures> calibrated = new HashMap<>();
    private final StartCosts startCosts = new StartCosts();

    RunMeasurement(PrintWriter narration) {
        this.narration = narration;
    }

    /**
     * Runs the trial's tasks once and records the run, all but its pinned-event count, which may
     * still be on its way; {@code tasksEnded} hears the ended tasks' count grow.
     */
    PendingRun measure(
            String experiment,
            Trial trial,
            int repeat,
            boolean narrated,
            LongConsumer tasksEnded,
            ChecksumCheck checksums)
            throws InterruptedException {
        Calibration.Figures figures = calibrated(trial.workload());
        int concurrency = trial.mode().concurrency(trial.tasks());
        Starts starts = startCosts.of(trial.mode().id(), trial.tasks(), concurrency);
        if (narrated) {
            narration.printf(
                    "%n-- %s: %d x %s, up to %d at once%n",
                    trial.mode().id(),
                    trial.tasks(),
                    trial.workload(),
                    trial.mode().concurrency(trial.tasks()));
        }
        TaskProbe.Listener taskListener = narrated ? new Narrator() : TaskProbe.Listener.NONE;
        try (Workload workload = Workloads.create(trial.workload())) {
            TaskProbe probe = new TaskProbe(taskListener);
            System.gc();
            Measured m = Meter.measure(trial.mode(), workload, trial.tasks(), probe, tasksEnded);
            if (narrated) {
                if (m.notMeasured() != null) {
                    narration.println("not measured here: " + m.notMeasured());
                } else {
                    narration.printf("done!%nExecution time: %.3f s%n", m.wallSeconds());
                }
            }
            RunResult result = toResult(experiment, trial, repeat, workload, m, figures, starts);
            if (result.measured()) {
                if (workload.extraFields() != null) {
                    result = result.with(workload.extraFields());
                }
                for (Object part : new Object[] {workload, trial.mode()}) {
                    if (part instanceof AddsFields fields) {
                        result = fields.addTo(result);
                    }
                }
            }
            return new PendingRun(checksums.check(workload, result), m.pinnedEvents());
        }
    }

    /**
     * Prints each task's value and the time as it ends; a task that ended in its completion
     * callback (an asynchronous mode) says so, with the thread that called it back.
     */
    private final class Narrator implements TaskProbe.Listener {
        @Override
        public void taskEnded(int index, long checksum, long latencyNanos, Throwable error) {
            narration.printf("%s %s%n", value(checksum, error), LocalTime.now().format(CLOCK));
        }

        @Override
        public void taskCalledBack(int index, long checksum, long latencyNanos, Throwable error) {
            narration.printf(
                    "%s %s   <- completion callback on %s%n",
                    value(checksum, error),
                    LocalTime.now().format(CLOCK),
                    Thread.currentThread().getName());
        }

        private static String value(long checksum, Throwable error) {
            return error != null
                    ? "failed: " + error
                    : checksum >= 0 && checksum < 1_000_000_000L ? Long.toString(checksum) : Checksums.hex(checksum);
        }
    }

    private RunResult toResult(
            String experiment,
            Trial trial,
            int repeat,
            Workload workload,
            Measured m,
            Calibration.Figures figures,
            Starts starts) {
        int concurrency = trial.mode().concurrency(trial.tasks());
        if (m.notMeasured() != null) {
            return RunResult.notMeasured(
                    experiment,
                    trial.workload().toString(),
                    workload.nature(),
                    trial.mode().id(),
                    trial.tasks(),
                    concurrency,
                    repeat,
                    m.notMeasured());
        }
        double wait = workload.blockingTime().toNanos() / 1e9;
        RunFacts facts = new RunFacts(
                workload.nature(),
                trial.tasks(),
                concurrency,
                cores,
                wait,
                figures.taskSeconds(),
                figures.taskCpuSeconds(),
                workload.serialFraction(),
                starts,
                figures.contended(),
                trial.mode().workers(trial.tasks()));
        String unmodelled = trial.mode().unmodelled();
        Prediction prediction = unmodelled == null ? Bounds.predict(facts) : null;
        double wall = m.wallSeconds();
        boolean complete = m.failed() == 0;
        LatencyMs latency = latency(m.latencyMicros());
        if (complete && prediction != null) {
            prediction = prediction.withCause(Deviation.cause(
                    prediction,
                    new Deviation.Observed(
                            wall,
                            trial.tasks(),
                            cores,
                            m.cpuSeconds(),
                            m.gcSeconds(),
                            m.jitSeconds(),
                            m.otherCpuSeconds(),
                            latency == null ? null : latency.p50())));
        }
        var lost = workload.lostUpdates((int) m.completed());
        var refused = workload.refusedConnections();
        return RunResult.builder(
                        experiment,
                        trial.workload().toString(),
                        workload.nature(),
                        trial.mode().id(),
                        trial.tasks(),
                        concurrency,
                        repeat)
                .wallSeconds(wall)
                .throughputPerSecond(wall > 0 ? m.completed() / wall : 0)
                .latencyMs(latency)
                .cpuSeconds(m.cpuSeconds())
                .peakInFlight(m.peakInFlight())
                .peakThreads(m.peakThreads())
                .peakRssBytes(m.peakRssBytes())
                .gcSeconds(m.gcSeconds())
                .overheads(m.labCpuSeconds(), m.jitSeconds())
                .peakPssBytes(m.peakPssBytes())
                .virtualThreadPeaks(m.peakMountedVirtual(), m.peakQueuedVirtual())
                .checksum(Checksums.hex(workload.runChecksum(m.combinedChecksum())))
                .completed(m.completed())
                .failed(m.failed())
                .prediction(complete ? prediction : null)
                .efficiency(complete ? Laws.efficiency(prediction, wall) : null)
                .noPrediction(
                        complete && prediction == null
                                ? (unmodelled != null ? unmodelled : Bounds.whyNone(facts))
                                : null)
                .otherCpuSeconds(m.otherCpuSeconds())
                .error(m.error())
                .lostUpdates(lost.isPresent() ? lost.getAsLong() : null)
                .refusedConnections(refused.isPresent() ? refused.getAsLong() : null)
                .childStartMs(m.childStartMicros().getTotalCount() == 0 ? null : latency(m.childStartMicros()))
                .heapBytesPerTask(
                        m.heapGrowthBytes() == null || trial.tasks() == 0 ? null : m.heapGrowthBytes() / trial.tasks())
                .stalled(workload.stalled())
                .threadDump(workload.threadDump())
                .connectBound(
                        workload.connectBound().isPresent()
                                ? workload.connectBound().getAsInt()
                                : null)
                .build();
    }

    private Calibration.Figures calibrated(WorkloadSpec spec) throws InterruptedException {
        Calibration.Figures known = calibrated.get(spec.toString());
        if (known != null) {
            return known;
        }
        Calibration.Figures measured;
        try {
            measured = Calibration.of(spec, cores);
        } catch (InterruptedException e) {
            throw e;
        } catch (Exception e) {
            measured = Calibration.Figures.NONE;
        }
        calibrated.put(spec.toString(), measured);
        return measured;
    }

    private static LatencyMs latency(Histogram micros) {
        if (micros.getTotalCount() == 0) {
            return null;
        }
        return new LatencyMs(
                micros.getValueAtPercentile(50) / 1e3,
                micros.getValueAtPercentile(90) / 1e3,
                micros.getValueAtPercentile(99) / 1e3,
                micros.getMaxValue() / 1e3);
    }
}
