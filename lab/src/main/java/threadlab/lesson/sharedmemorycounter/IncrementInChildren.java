package threadlab.lesson.sharedmemorycounter;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import threadlab.child.ChildExit;
import threadlab.child.ChildJvm;
import threadlab.child.StderrTail;
import threadlab.ipc.IpcFolder;
import threadlab.ipc.SharedCounterFile;
import threadlab.measure.TaskProbe;
import threadlab.mode.Mode;
import threadlab.workload.Workload;

/**
 * For {@code shared-memory-counter}: each task is one child JVM adding to one counter in a
 * memory-mapped file ({@link SharedCounterFile}), all children started together. The children are
 * started and attached on the first run and kept, serving one round per run, so the wall time is
 * the increments alone; a task's latency is that child's own time. The file lives in an
 * {@link IpcFolder} removed at close, also if a child was killed. Not in the mode catalog: it only
 * runs the {@code mapped-counter} workload.
 */
final class IncrementInChildren implements Mode {

    private final int children;
    private IpcFolder folder;
    private SharedCounterFile file;
    private final List<Process> processes = new ArrayList<>();
    private final List<StderrTail> stderr = new ArrayList<>();
    private long round;

    IncrementInChildren(int children) {
        if (children < 1 || children > SharedCounterFile.MAX_CHILDREN) {
            throw new IllegalArgumentException("children: " + children);
        }
        this.children = children;
    }

    @Override
    public String id() {
        return "child-jvms-on-mapped-file:" + children;
    }

    @Override
    public int concurrency(int tasks) {
        return Math.min(tasks, children);
    }

    /** Runs one round: task i is child i (tasks beyond the children are refused). */
    @Override
    public void run(Workload workload, int tasks, TaskProbe probe) throws InterruptedException {
        if (!(workload instanceof MappedCounterWorkload counter)) {
            probe.refused(0, tasks, new UnsupportedOperationException(id() + " runs only the mapped-counter workload"));
            return;
        }
        int n = Math.min(tasks, children);
        try {
            attach();
        } catch (IOException e) {
            close();
            probe.refused(0, tasks, e);
            return;
        }
        round++;
        for (int i = 0; i < n; i++) {
            probe.started();
        }
        file.start(round, counter.update(), counter.increments(), n);
        String error = null;
        try {
            file.awaitDone(n, this::allAlive);
        } catch (IOException e) {
            error = "a child JVM died during the round: " + describeDeaths();
        }
        counter.countedElsewhere(file.counter());
        for (int i = 0; i < n; i++) {
            long nanos = file.nanos(i);
            probe.ended(
                    i,
                    nanos > 0 ? counter.increments() : 0,
                    nanos,
                    nanos > 0 ? null : error != null ? error : "child " + i + " did not finish");
        }
        if (error != null) {
            close();
        }
        if (tasks > n) {
            probe.refused(n, tasks, new UnsupportedOperationException("only " + children + " child JVMs"));
        }
    }

    private void attach() throws IOException {
        if (file != null) {
            return;
        }
        folder = IpcFolder.create();
        file = SharedCounterFile.create(folder.file("counter.map"));
        for (int i = 0; i < children; i++) {
            Process p = new ProcessBuilder(ChildJvm.standard()
                            .kindCommand(
                                    List.of(), "counter", List.of(file.path().toString(), Integer.toString(i))))
                    .start();
            processes.add(p);
            stderr.add(new StderrTail(p.getErrorStream(), "counter-child-stderr-" + p.pid()));
        }
        try {
            file.awaitReady(children, this::allAlive);
        } catch (IOException e) {
            throw new IOException("a child JVM did not attach: " + describeDeaths(), e);
        }
        round = 0;
    }

    private boolean allAlive() {
        return processes.stream().allMatch(Process::isAlive);
    }

    private String describeDeaths() {
        List<String> deaths = new ArrayList<>();
        for (int i = 0; i < processes.size(); i++) {
            Process p = processes.get(i);
            if (!p.isAlive()) {
                String last = stderr.get(i).last(2);
                deaths.add("pid " + p.pid() + " exit " + p.exitValue() + (last.isEmpty() ? "" : " (" + last + ")"));
            }
        }
        return deaths.isEmpty() ? "none found dead" : String.join(", ", deaths);
    }

    /** The children's pids, for tests. */
    List<Long> childPids() {
        return processes.stream().map(Process::pid).toList();
    }

    /** Closes the children's stdin (they exit), waits for them, kills stragglers, removes the file. */
    @Override
    public void close() {
        for (Process p : processes) {
            try {
                p.getOutputStream().close();
            } catch (IOException e) {
                // already gone
            }
        }
        for (int i = 0; i < processes.size(); i++) {
            ChildExit.closeStdinAndAwait(processes.get(i), stderr.get(i));
        }
        processes.clear();
        stderr.clear();
        file = null;
        if (folder != null) {
            folder.close();
            folder = null;
        }
    }
}
