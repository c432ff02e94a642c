package threadlab.measure;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import jdk.jfr.consumer.RecordingStream;

/**
 * Counts JFR {@code jdk.VirtualThreadPinned} events during a run: a virtual thread that blocked
 * while it could not unmount from its carrier (inside {@code synchronized} before JDK 24, in a
 * native frame or a class initialiser on every JDK). The threshold is zero, so every pinned block
 * counts, however short. Where JFR is not available the count is absent (null).
 */
final class PinnedEvents implements AutoCloseable {

    static final String EVENT = "jdk.VirtualThreadPinned";

    private final RecordingStream stream;
    private final AtomicLong count = new AtomicLong();

    private PinnedEvents(RecordingStream stream) {
        this.stream = stream;
    }

    /** Starts counting, or returns null where JFR cannot record. */
    static PinnedEvents start() {
        try {
            RecordingStream stream = new RecordingStream();
            PinnedEvents events = new PinnedEvents(stream);
            stream.enable(EVENT).withThreshold(Duration.ZERO).withStackTrace();
            stream.onEvent(EVENT, e -> events.count.incrementAndGet());
            stream.startAsync();
            return events;
        } catch (RuntimeException | LinkageError e) {
            return null;
        }
    }

    /** Stops the recording, after every event of the run has been delivered, and returns the count. */
    long stop() {
        stream.stop();
        return count.get();
    }

    @Override
    public void close() {
        stream.close();
    }
}
