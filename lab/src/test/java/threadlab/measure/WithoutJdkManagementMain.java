package threadlab.measure;

import threadlab.machine.OsLimits;

/**
 * Run by {@link LeanRuntimeTest} in a JVM limited to {@code java.base} and {@code java.management}
 * (as a jlink image may be): asks what the lab asks of the JVM and prints the answers, one a line.
 */
public final class WithoutJdkManagementMain {

    public static void main(String[] args) {
        System.out.println("threadDump=" + ThreadDumps.excerpt("main"));
        System.out.println("processCpu=" + JvmCounters.processCpuNanos());
        System.out.println("pinnedEvents=" + PinnedEvents.start());
        System.out.println("descriptors=" + OsLimits.descriptors().known());
        System.out.println("threads=" + JvmCounters.peakThreads());
    }
}
