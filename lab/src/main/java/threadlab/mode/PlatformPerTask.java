package threadlab.mode;

import java.util.concurrent.ThreadFactory;
import threadlab.measure.TaskProbe;
import threadlab.workload.Workload;

/**
 * {@code platform-per-task}: a new platform (OS) thread for every task, all started at once. It
 * shows what an OS thread costs, and where the OS stops giving them out: a refused thread ends
 * the starting, and the run reports how far it got.
 */
final class PlatformPerTask implements Mode {

    private final ThreadFactory factory;

    PlatformPerTask() {
        this(Thread.ofPlatform().name("platform-task-", 1).factory());
    }

    /** With the factory that makes each thread; tests pass one that refuses. */
    PlatformPerTask(ThreadFactory factory) {
        this.factory = factory;
    }

    @Override
    public String id() {
        return "platform-per-task";
    }

    @Override
    public int concurrency(int tasks) {
        return tasks;
    }

    @Override
    public void run(Workload workload, int tasks, TaskProbe probe) throws InterruptedException {
        Thread[] threads = new Thread[tasks];
        try {
            probe.startAll(tasks, i -> {
                Thread thread = factory.newThread(() -> probe.run(workload, i));
                thread.start();
                threads[i] = thread;
            });
        } finally {
            for (Thread thread : threads) {
                if (thread != null) {
                    joinUninterruptibly(thread);
                }
            }
        }
    }

    /** A started thread is always waited for, so no task outlives its run. */
    private static void joinUninterruptibly(Thread thread) {
        boolean interrupted = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
