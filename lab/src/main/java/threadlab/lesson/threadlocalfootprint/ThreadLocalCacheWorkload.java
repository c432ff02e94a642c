package threadlab.lesson.threadlocalfootprint;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import threadlab.workload.CatalogWorkload;
import threadlab.workload.Nature;
import threadlab.workload.WorkloadSpec;
import threadlab.workload.WorkloadType;

/**
 * {@code threadlocal:cache=threadlocal|shared,kb=K,holdMs=N}: each task fills a K KB scratch
 * buffer from its index and hashes it, then stays alive N ms more (waiting, as a request waits
 * for its reply). With {@code cache=threadlocal} the buffer is a per-thread cache in a
 * {@link ThreadLocal}, the idiom of pooled threads: a pool of P threads makes P buffers and
 * reuses them, but a virtual thread per task makes one per task and keeps it as long as the task
 * lives. With {@code cache=shared} a task borrows a buffer from one shared pool only while it uses
 * it: the buffers in existence are those in use at once. (A {@code ScopedValue} binding is the
 * other way out; in JDK 21 it is a preview API, so the lab shows the shared pool.)
 */
public final class ThreadLocalCacheWorkload extends CatalogWorkload {

    /** The catalog entry: name, nature, an example, one line of explanation. */
    public static final WorkloadType TYPE = new WorkloadType(
            "threadlocal",
            Nature.IO,
            "threadlocal:cache=threadlocal,kb=4,holdMs=1000",
            "fill and hash a kb scratch buffer, then wait holdMs; cache=threadlocal|shared",
            ThreadLocalCacheWorkload::new);

    static final List<String> CACHES = List.of("threadlocal", "shared");

    private final boolean threadLocal;
    private final int bytes;
    private final long holdMillis;
    private final ThreadLocal<byte[]> perThread;
    private final ConcurrentLinkedQueue<byte[]> shared = new ConcurrentLinkedQueue<>();

    ThreadLocalCacheWorkload(WorkloadSpec spec) {
        super(spec);
        spec.requireOnly(Set.of("cache", "kb", "holdMs"));
        this.threadLocal = spec.choice("cache", "threadlocal", CACHES).equals("threadlocal");
        this.bytes = (int) spec.longParam("kb", 4, 1, 1024) * 1024;
        this.holdMillis = spec.longParam("holdMs", 1000, 0, 600_000);
        this.perThread = ThreadLocal.withInitial(() -> new byte[bytes]);
    }

    @Override
    public long runTask(int index) throws InterruptedException {
        long h;
        if (threadLocal) {
            h = use(perThread.get(), index);
        } else {
            byte[] buffer = shared.poll();
            if (buffer == null) {
                buffer = new byte[bytes];
            }
            try {
                h = use(buffer, index);
            } finally {
                shared.offer(buffer);
            }
        }
        if (holdMillis > 0) {
            Thread.sleep(holdMillis);
        }
        return h;
    }

    /** Fills the buffer from the index and hashes it: the same value whatever buffer is used. */
    private static long use(byte[] buffer, int index) {
        long h = index;
        for (int i = 0; i < buffer.length; i++) {
            buffer[i] = (byte) (index * 31 + i);
        }
        for (int i = 0; i < buffer.length; i += 8) {
            h = (h ^ buffer[i]) * 0x9E3779B97F4A7C15L;
        }
        return h;
    }

    @Override
    public Duration blockingTime() {
        return Duration.ofMillis(holdMillis);
    }

    @Override
    public WorkloadSpec warmUpSpec() {
        return WorkloadSpec.parse(
                "threadlocal:cache=" + (threadLocal ? "threadlocal" : "shared") + ",kb=" + bytes / 1024 + ",holdMs=0");
    }

    @Override
    public void close() {
        shared.clear();
    }
}
