package threadlab.lesson.carrierdeadlock;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import threadlab.measure.ThreadDumps;
import threadlab.workload.CatalogWorkload;
import threadlab.workload.ClassInitBlock;
import threadlab.workload.Nature;
import threadlab.workload.WorkloadSpec;
import threadlab.workload.WorkloadType;

/**
 * {@code carrier-deadlock:pin=synchronized|class-init,holdMs=H,waitMs=W}: the carrier deadlock.
 * Task 0 (the owner) takes a {@link ReentrantLock} and sleeps H ms holding it: it unmounts, its
 * carrier is free. Every other task (a waiter), once the owner holds the lock, enters a pinning
 * frame ({@code synchronized} on an object of its own, or a class initialiser of its own) and
 * asks for the lock there. If the waiters are pinned (synchronized up to JDK 23, a class
 * initialiser on every JDK) and there are at least as many as carriers, they hold every carrier
 * while they wait, and the owner, whose sleep has ended, never gets one back to unlock: with
 * {@code lock()} that is a deadlock for ever. The waiters ask with {@code tryLock(W ms)}, so it
 * is a stall of W ms instead: a waiter that gives up reports the stall (as data, not a failure)
 * and lets go of its carrier, and the run ends. Unpinned, the waiters unmount, the owner unlocks
 * after H ms and each waiter takes the lock in turn.
 *
 * <p>While the owner is overdue (H ms plus half of W), a watchdog platform thread takes a thread
 * dump and keeps the threads of this workload: the evidence of the stall.
 */
public final class CarrierDeadlockWorkload extends CatalogWorkload {

    /** The catalog entry: name, nature, an example, one line of explanation. */
    public static final WorkloadType TYPE = new WorkloadType(
            "carrier-deadlock",
            Nature.IO,
            "carrier-deadlock:pin=synchronized,holdMs=100,waitMs=3000",
            "task 0 holds a lock for holdMs; the others wait for it from a pinning frame, giving up after waitMs",
            CarrierDeadlockWorkload::new);

    private static final long DUMP_WAIT_MILLIS = 10_000;

    static final List<String> PINS = List.of("synchronized", "class-init");

    private final boolean classInit;
    private final long holdMillis;
    private final long waitMillis;
    private final ReentrantLock lock = new ReentrantLock();
    private final CountDownLatch ownerHasLock = new CountDownLatch(1);
    private final CountDownLatch ownerDone = new CountDownLatch(1);
    private final AtomicBoolean watching = new AtomicBoolean();
    private final AtomicBoolean gaveUp = new AtomicBoolean();
    private volatile Thread watchdog;
    private volatile String dump;
    /** Each waiter's monitor is published here, so the JIT cannot prove it private and elide the lock. */
    private volatile Object lastMonitor;

    CarrierDeadlockWorkload(WorkloadSpec spec) {
        super(spec);
        spec.requireOnly(Set.of("pin", "holdMs", "waitMs"));
        this.classInit = spec.choice("pin", "synchronized", PINS).equals("class-init");
        this.holdMillis = spec.longParam("holdMs", 100, 0, 60_000);
        this.waitMillis = spec.longParam("waitMs", 3000, 1, 600_000);
    }

    @Override
    public long runTask(int index) throws Exception {
        if (index == 0) {
            own();
        } else {
            if (!ownerHasLock.await(waitMillis, TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("task 0, the lock's owner, did not take the lock within " + waitMillis
                        + " ms: it must run in the same JVM, at the same time");
            }
            if (classInit) {
                ClassInitBlock.run(this::waitForLock);
            } else {
                Object monitor = new Object();
                lastMonitor = monitor;
                synchronized (monitor) {
                    waitForLock();
                }
            }
        }
        return (index + 1L) + (index + 2L);
    }

    private void own() throws InterruptedException {
        lock.lock();
        try {
            ownerHasLock.countDown();
            if (holdMillis > 0) {
                startWatchdog();
                Thread.sleep(holdMillis);
            }
        } finally {
            lock.unlock();
            ownerDone.countDown();
        }
    }

    private void waitForLock() throws InterruptedException {
        if (lock.tryLock(waitMillis, TimeUnit.MILLISECONDS)) {
            lock.unlock();
        } else {
            gaveUp.set(true);
        }
    }

    private void startWatchdog() {
        if (!watching.compareAndSet(false, true)) {
            return;
        }
        watchdog = Thread.ofPlatform()
                .daemon()
                .name("carrier-deadlock-watchdog")
                .start(() -> {
                    try {
                        if (!ownerDone.await(holdMillis + waitMillis / 2, TimeUnit.MILLISECONDS)) {
                            dump = ThreadDumps.excerpt(CarrierDeadlockWorkload.class.getSimpleName());
                        }
                    } catch (InterruptedException e) {
                        // closed before the owner was overdue
                    }
                });
    }

    @Override
    public Boolean stalled() {
        return gaveUp.get();
    }

    /** The dump, once the watchdog (if one was started) has finished taking it. */
    @Override
    public String threadDump() {
        Thread t = watchdog;
        if (t != null) {
            try {
                t.join(DUMP_WAIT_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return dump;
    }

    @Override
    public String childProcessLimitation() {
        return "its waiters wait for task 0's lock, which only exists in one JVM";
    }

    @Override
    public Duration blockingTime() {
        return Duration.ofMillis(holdMillis);
    }

    @Override
    public WorkloadSpec warmUpSpec() {
        return WorkloadSpec.parse("carrier-deadlock:pin=" + (classInit ? "class-init" : "synchronized")
                + ",holdMs=0,waitMs=" + waitMillis);
    }

    @Override
    public void close() {
        Thread t = watchdog;
        if (t != null) {
            t.interrupt();
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
