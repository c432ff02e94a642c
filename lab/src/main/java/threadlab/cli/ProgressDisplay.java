package threadlab.cli;

import java.io.PrintWriter;
import java.lang.reflect.Method;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import threadlab.experiment.ExperimentRunner;
import threadlab.experiment.Trial;
import threadlab.result.RunResult;

/**
 * Progress of a long run: a progress bar per run on a terminal; elsewhere (a build log, a pipe)
 * one line per run, plus a line every {@value #HEARTBEAT_SECONDS} s while a long run goes on.
 * Narrated experiments print their own lines, so they get neither.
 */
final class ProgressDisplay implements ExperimentRunner.Listener {

    private static final long HEARTBEAT_SECONDS = 10;

    private final PrintWriter out;
    private final boolean terminal = isTerminal();
    private boolean narrated;
    private ProgressBar bar;
    private String label;
    private int tasks;
    private long runStart;
    private long lastBeat;

    ProgressDisplay(PrintWriter out) {
        this.out = out;
    }

    void narrated(boolean narrated) {
        this.narrated = narrated;
    }

    @Override
    public synchronized void runStarting(String experiment, Trial trial, int repeat, int done, int total) {
        label = String.format(
                "[%d/%d] %s %s x%,d #%d",
                done + 1, total, trial.mode().id(), trial.workload(), trial.tasks(), repeat + 1);
        tasks = trial.tasks();
        runStart = lastBeat = System.nanoTime();
        if (terminal && !narrated) {
            bar = new ProgressBarBuilder()
                    .setTaskName(label)
                    .setInitialMax(tasks)
                    .setStyle(ProgressBarStyle.ASCII)
                    .setUpdateIntervalMillis(200)
                    .continuousUpdate()
                    .build();
        }
    }

    @Override
    public synchronized void tasksEnded(long ended) {
        if (bar != null) {
            bar.stepTo(ended);
        } else if (!narrated && System.nanoTime() - lastBeat > HEARTBEAT_SECONDS * 1_000_000_000L) {
            lastBeat = System.nanoTime();
            out.printf(
                    "  ... %s: %,d of %,d tasks ended after %.0f s%n",
                    label, ended, tasks, (lastBeat - runStart) / 1e9);
        }
    }

    @Override
    public synchronized void runEnded(RunResult r) {
        if (bar != null) {
            bar.stepTo(r.completed() + r.failed());
            bar.close();
            bar = null;
        }
        if (!narrated) {
            out.printf(
                    "%s: %.3f s%s%s%n",
                    label,
                    r.wallSeconds(),
                    r.efficiency() == null
                            ? ""
                            : String.format(
                                    ", %.0f%% of the %s bound%s",
                                    100 * r.efficiency(),
                                    r.prediction().boundName(),
                                    r.prediction().cause() == null
                                            ? ""
                                            : " -- " + r.prediction().cause()),
                    r.error() == null ? "" : " -- " + r.error());
        }
    }

    /** A terminal, not a pipe or a file (JDK 22+ tells through Console.isTerminal). */
    private static boolean isTerminal() {
        var console = System.console();
        if (console == null) {
            return false;
        }
        try {
            Method isTerminal = console.getClass().getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return true;
        }
    }
}
