package threadlab.lesson.startupcost;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import threadlab.child.BareHello;
import threadlab.child.ChildJvm;
import threadlab.child.OneShotChild;
import threadlab.measure.TaskProbe;
import threadlab.mode.Mode;
import threadlab.workload.Workload;

/**
 * A baseline for {@code startup-cost}: every task is started in a new unit of execution and
 * joined before the next starts, so a task's latency is the whole start-run-join cost of one
 * unit and the throughput is how many such units a second one thread can start. Not in the mode
 * catalog: it measures starting, not running.
 */
final class StartEach implements Mode {

    /** What is started for each task. */
    enum Kind {
        PLATFORM_THREAD("platform-thread"),
        VIRTUAL_THREAD("virtual-thread"),
        FORKJOIN_TASK("forkjoin-task"),
        CHILD_JVM("child-jvm"),
        CHILD_JVM_NO_CACHE("child-jvm-no-cache"),
        BARE_JAVA_HELLO("bare-java-hello");

        final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    private final Kind kind;

    StartEach(Kind kind) {
        this.kind = kind;
    }

    @Override
    public String id() {
        return "start-join:" + kind.label;
    }

    @Override
    public int concurrency(int tasks) {
        return 1;
    }

    @Override
    public void run(Workload workload, int tasks, TaskProbe probe) throws InterruptedException {
        String spec = workload.spec().toString();
        ChildJvm jvm = kind == Kind.CHILD_JVM
                ? ChildJvm.standard()
                : kind == Kind.CHILD_JVM_NO_CACHE ? ChildJvm.withoutCache() : ChildJvm.bare();
        try (ForkJoinPool pool = kind == Kind.FORKJOIN_TASK ? new ForkJoinPool(1) : null) {
            for (int i = 0; i < tasks; i++) {
                int index = i;
                switch (kind) {
                    case PLATFORM_THREAD ->
                        Thread.ofPlatform()
                                .start(() -> probe.run(workload, index))
                                .join();
                    case VIRTUAL_THREAD ->
                        Thread.ofVirtual()
                                .start(() -> probe.run(workload, index))
                                .join();
                    case FORKJOIN_TASK ->
                        pool.submit(() -> probe.run(workload, index)).join();
                    case CHILD_JVM, CHILD_JVM_NO_CACHE -> {
                        probe.started();
                        long start = System.nanoTime();
                        OneShotChild.Result r = OneShotChild.run(jvm, spec, index);
                        probe.ended(index, r.checksum(), System.nanoTime() - start, r.error());
                    }
                    case BARE_JAVA_HELLO -> bareHello(jvm, workload, index, probe);
                }
            }
        }
    }

    /** Starts {@code java -cp CLASSPATH BareHello} and waits for it; the task itself runs here. */
    private static void bareHello(ChildJvm jvm, Workload workload, int index, TaskProbe probe)
            throws InterruptedException {
        probe.started();
        long start = System.nanoTime();
        String error = null;
        long checksum = 0;
        try {
            Process p = new ProcessBuilder(jvm.bareCommand(BareHello.class.getName()))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                error = "java -cp ... BareHello did not end in 60 s";
            } else {
                checksum = workload.runTask(index);
            }
        } catch (IOException e) {
            error = "cannot start java: " + e.getMessage();
        } catch (InterruptedException e) {
            throw e;
        } catch (Exception e) {
            error = TaskProbe.describe(e);
        }
        probe.ended(index, checksum, System.nanoTime() - start, error);
    }

    static List<Mode> all() {
        return java.util.Arrays.stream(Kind.values())
                .map(k -> (Mode) new StartEach(k))
                .toList();
    }
}
