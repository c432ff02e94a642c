package threadlab.lesson;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import threadlab.experiment.Experiment;
import threadlab.experiment.ExperimentCatalog;
import threadlab.lesson.carrierdeadlock.CarrierDeadlockExperiment;
import threadlab.lesson.carrierdeadlock.CarrierDeadlockSection;
import threadlab.lesson.carrierdeadlock.CarrierDeadlockWorkload;
import threadlab.lesson.carrierstarvation.CarrierStarvationExperiment;
import threadlab.lesson.carrierstarvation.CarrierStarvationSection;
import threadlab.lesson.carrierstarvation.HogsStarveCarriersVerdict;
import threadlab.lesson.carrierstarvation.StarvationWorkload;
import threadlab.lesson.contention.ContentionExperiment;
import threadlab.lesson.contention.ContentionSection;
import threadlab.lesson.contention.RacyCounterVerdict;
import threadlab.lesson.cpuscaling.CpuScalingExperiment;
import threadlab.lesson.cpuscaling.CpuScalingSection;
import threadlab.lesson.cpuscaling.ThreadsLikeProcessesVerdict;
import threadlab.lesson.ioscaling.IoScalingExperiment;
import threadlab.lesson.ioscaling.IoScalingSection;
import threadlab.lesson.ipc.IpcExperiment;
import threadlab.lesson.ipcchannels.IpcChannelsExperiment;
import threadlab.lesson.ipcchannels.IpcChannelsSection;
import threadlab.lesson.ipcchannels.MessageWorkload;
import threadlab.lesson.measurementoverhead.MeasurementOverheadExperiment;
import threadlab.lesson.measurementoverhead.MeasurementOverheadSection;
import threadlab.lesson.measurementoverhead.Unmetered;
import threadlab.lesson.mixedcrossover.MixedCrossoverExperiment;
import threadlab.lesson.mixedcrossover.MixedCrossoverSection;
import threadlab.lesson.pinning.PinningExperiment;
import threadlab.lesson.pinning.PinningSection;
import threadlab.lesson.pinning.PinningWorkload;
import threadlab.lesson.pinning.SynchronizedPinsVerdict;
import threadlab.lesson.pythonbaseline.GilVerdict;
import threadlab.lesson.pythonbaseline.PythonBaselineExperiment;
import threadlab.lesson.pythonbaseline.PythonBaselineSection;
import threadlab.lesson.seed.SeedExperiment;
import threadlab.lesson.seed.SeedSection;
import threadlab.lesson.seed.WaitsOverlapVerdict;
import threadlab.lesson.sharedmemorycounter.MappedCounterWorkload;
import threadlab.lesson.sharedmemorycounter.SharedMemoryCounterExperiment;
import threadlab.lesson.sharedmemorycounter.SharedMemoryCounterSection;
import threadlab.lesson.startupcost.ChildCostsMoreVerdict;
import threadlab.lesson.startupcost.StartupCostExperiment;
import threadlab.lesson.syncvsasync.BlockingKeepsUpVerdict;
import threadlab.lesson.syncvsasync.SyncVsAsyncExperiment;
import threadlab.lesson.syncvsasync.VirtualReachesTheBoundVerdict;
import threadlab.lesson.threadlocalfootprint.ThreadLocalCacheWorkload;
import threadlab.lesson.threadlocalfootprint.ThreadLocalFootprintExperiment;
import threadlab.lesson.threadlocalfootprint.ThreadLocalFootprintSection;
import threadlab.lesson.virtualoverhead.BareVirtualLoop;
import threadlab.lesson.virtualoverhead.VirtualOverheadExperiment;
import threadlab.lesson.virtualoverhead.VirtualOverheadSection;
import threadlab.report.LessonSection;
import threadlab.report.SectionCatalog;
import threadlab.report.Verdict;
import threadlab.result.ModeWords;
import threadlab.workload.WorkloadCatalog;
import threadlab.workload.WorkloadType;

/**
 * The lesson catalog: every lesson once, one line each, in teaching order (the order of
 * {@code run all}, {@code list} and the report). A line ties the lesson's plan, its report section
 * and the workloads only it uses (and the words for a mode only it runs). The core finds this class
 * through {@link java.util.ServiceLoader}
 * ({@code META-INF/services}, one file per interface it implements) and never names a lesson.
 */
public final class Lessons implements ExperimentCatalog, WorkloadCatalog, SectionCatalog, ModeWords {

    private static final List<Lesson> ALL = List.of(
            Lesson.of(new SeedExperiment(), new SeedSection()).judging(new WaitsOverlapVerdict()),
            Lesson.of(new IoScalingExperiment(), new IoScalingSection()),
            Lesson.of(new CpuScalingExperiment(), new CpuScalingSection()).judging(new ThreadsLikeProcessesVerdict()),
            Lesson.of(new MixedCrossoverExperiment(), new MixedCrossoverSection()),
            Lesson.of(new ContentionExperiment(), new ContentionSection()).judging(new RacyCounterVerdict()),
            Lesson.of(new VirtualOverheadExperiment(), new VirtualOverheadSection())
                    .naming(BareVirtualLoop.ID, BareVirtualLoop.WORDS),
            Lesson.of(new MeasurementOverheadExperiment(), new MeasurementOverheadSection())
                    .naming(Unmetered.NAME, Unmetered.WORDS),
            Lesson.of(new StartupCostExperiment())
                    .naming("start-join:platform-thread", "a platform thread started and joined")
                    .naming("start-join:virtual-thread", "a virtual thread started and joined")
                    .naming("start-join:forkjoin-task", "a ForkJoinPool task forked and joined")
                    .naming("start-join:child-jvm", "a child JVM started and awaited")
                    .naming("start-join:child-jvm-no-cache", "a child JVM without the startup cache")
                    .naming("start-join:bare-java-hello", "a bare java Hello")
                    .judging(new ChildCostsMoreVerdict()),
            Lesson.of(new IpcExperiment()),
            Lesson.of(new SyncVsAsyncExperiment())
                    .judging(new VirtualReachesTheBoundVerdict())
                    .judging(new BlockingKeepsUpVerdict()),
            Lesson.of(new IpcChannelsExperiment(), new IpcChannelsSection(), MessageWorkload.TYPE)
                    .naming("echo:pipe", "an echo over a pipe")
                    .naming("echo:tcp", "an echo over loopback TCP")
                    .naming("echo:unix-socket", "an echo over a Unix domain socket")
                    .naming("echo:shared-memory", "an echo over shared memory")
                    .naming("echo:in-process-thread", "an echo between two threads of one JVM"),
            Lesson.of(
                    new SharedMemoryCounterExperiment(), new SharedMemoryCounterSection(), MappedCounterWorkload.TYPE),
            Lesson.of(new PinningExperiment(), new PinningSection(), PinningWorkload.TYPE)
                    .judging(new SynchronizedPinsVerdict()),
            Lesson.of(new CarrierStarvationExperiment(), new CarrierStarvationSection(), StarvationWorkload.TYPE)
                    .judging(new HogsStarveCarriersVerdict()),
            Lesson.of(
                    new ThreadLocalFootprintExperiment(),
                    new ThreadLocalFootprintSection(),
                    ThreadLocalCacheWorkload.TYPE),
            Lesson.of(new CarrierDeadlockExperiment(), new CarrierDeadlockSection(), CarrierDeadlockWorkload.TYPE),
            Lesson.of(new PythonBaselineExperiment(), new PythonBaselineSection())
                    .judging(new GilVerdict()));

    /** Every lesson, in catalog order. */
    public static List<Lesson> all() {
        return ALL;
    }

    @Override
    public List<Experiment> experiments() {
        return ALL.stream().map(Lesson::plan).toList();
    }

    @Override
    public List<WorkloadType> workloads() {
        return ALL.stream().flatMap(l -> l.workloads().stream()).toList();
    }

    @Override
    public List<LessonSection> sections() {
        return ALL.stream().map(Lesson::reportSection).toList();
    }

    @Override
    public List<Verdict> verdicts() {
        return ALL.stream().flatMap(l -> l.verdicts().stream()).toList();
    }

    @Override
    public Optional<String> describe(String name, String bound) {
        // a lesson may name one mode id whole (start-join:virtual-thread), or every id of a name
        String id = bound == null ? name : name + ":" + bound;
        return ALL.stream()
                .map(l -> l.modeWords().getOrDefault(id, l.modeWords().get(name)))
                .filter(Objects::nonNull)
                .findFirst();
    }
}
