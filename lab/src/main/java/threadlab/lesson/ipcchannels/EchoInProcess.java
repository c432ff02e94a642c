package threadlab.lesson.ipcchannels;

import java.util.Optional;
import java.util.concurrent.SynchronousQueue;
import threadlab.child.EchoKind;
import threadlab.measure.CorePlacement;
import threadlab.measure.TaskProbe;
import threadlab.mode.Mode;
import threadlab.result.AddsFields;
import threadlab.result.RunResult;
import threadlab.workload.Workload;

/**
 * The baseline of {@code ipc-channels}: the same echo as {@link EchoOver}, between two threads of
 * one JVM. The message array is handed to an echo thread through a {@link SynchronousQueue}
 * (which spins briefly, then parks), the echo thread copies it into its reply array and hands that
 * back: no system call, no kernel copy, one memory copy. Where the two threads ran is sampled as
 * {@link EchoOver} samples it.
 */
final class EchoInProcess implements Mode, AddsFields {

    private final SynchronousQueue<byte[]> toEcho = new SynchronousQueue<>();
    private final SynchronousQueue<byte[]> fromEcho = new SynchronousQueue<>();
    private Thread echo;
    private Optional<CorePlacement> placement = Optional.empty();

    /** Names the channel: none but memory, between two threads of this JVM. */
    @Override
    public RunResult addTo(RunResult run) {
        return run.with(run.extra(TransferFields.class).over("in-process").placed(sameCoreShare()));
    }

    @Override
    public String id() {
        return "echo:in-process-thread";
    }

    @Override
    public int concurrency(int tasks) {
        return 1;
    }

    /** A round trip's cost is what this mode measures: no bound here models it. */
    @Override
    public String unmodelled() {
        return EchoOver.ROUND_TRIP_UNMODELLED;
    }

    @Override
    public void run(Workload workload, int tasks, TaskProbe probe) throws InterruptedException {
        if (!(workload instanceof MessageWorkload messages)) {
            probe.refused(0, tasks, new UnsupportedOperationException(id() + " runs only the message workload"));
            return;
        }
        if (echo == null) {
            echo = Thread.ofPlatform().name(EchoKind.THREAD).start(this::echo);
        }
        if (placement.isEmpty()) { // the OS learns the thread's name once it runs: by the run after the warm-up
            placement = CorePlacement.against(ProcessHandle.current().pid(), EchoKind.THREAD);
        }
        placement.ifPresent(CorePlacement::reset);
        byte[] message = messages.newMessage();
        for (int i = 0; i < tasks; i++) {
            probe.started();
            long start = System.nanoTime();
            messages.stamp(i, message);
            toEcho.put(message);
            byte[] reply = fromEcho.take();
            long latency = System.nanoTime() - start;
            try {
                probe.ended(i, messages.check(message, reply), latency, null);
            } catch (RuntimeException e) {
                probe.ended(i, 0, latency, TaskProbe.describe(e));
            }
            if (placement.isPresent()) {
                placement.get().sampleIfDue(System.nanoTime());
            }
        }
    }

    private void echo() {
        byte[] reply = new byte[0];
        try {
            while (true) {
                byte[] message = toEcho.take();
                if (reply.length != message.length) {
                    reply = new byte[message.length];
                }
                System.arraycopy(message, 0, reply, 0, message.length);
                fromEcho.put(reply);
            }
        } catch (InterruptedException e) {
            // closed
        }
    }

    @Override
    public void close() {
        if (echo != null) {
            echo.interrupt();
            try {
                echo.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            echo = null;
        }
        placement = Optional.empty();
    }

    /** The share of the last run's samples with both ends on one core; null where none was taken. */
    Double sameCoreShare() {
        return placement.map(CorePlacement::sameCoreShare).orElse(null);
    }
}
