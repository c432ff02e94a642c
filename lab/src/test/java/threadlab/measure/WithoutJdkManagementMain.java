package threadlab.measure;

import threadlab.machine.OsLimits;

/**
 * Run by {@link LeanRuntimeTest} in a JVM limited to {@code java.base} and {@code java.management}
 * (as a jlink image may be): asks what the lab asks of the JVM and prints the answers, one a line.
 */
public final class WithoutJdkManagementMain {

    public static void main(String[] args) throws InterruptedException {
        System.out.println("threadDump=" + ThreadDumps.excerpt("main"));
        System.out.println("processCpu=" + JvmCounters.processCpuNanos());
        System.out.println("pinnedEvents=" + PinnedEvents.between(PinnedEvents.mark(), PinnedEvents.mark()));
        System.out.println("mountedVirtual=" + VirtualScheduler.mounted());
        System.out.println("queuedVirtual=" + VirtualScheduler.queued());
        System.out.println("descriptors=" + OsLimits.descriptors().known());
        System.out.println("threads=" + JvmCounters.peakThreads());
    }
}
