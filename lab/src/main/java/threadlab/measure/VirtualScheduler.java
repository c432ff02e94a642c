package threadlab.measure;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.management.ManagementFactory;
import java.lang.management.PlatformManagedObject;

/**
 * The virtual-thread scheduler's own counts, from {@code jdk.management.VirtualThreadSchedulerMXBean}
 * (JDK 24+): virtual threads mounted on a carrier now, and virtual threads queued to run. The bean
 * is looked up by name at run time, so the lab still compiles for, and runs on, JDK 21; there, and
 * in a runtime without {@code jdk.management}, both counts are absent (-1).
 */
final class VirtualScheduler {

    private static final String BEAN = "jdk.management.VirtualThreadSchedulerMXBean";
    private static final MethodHandle MOUNTED;
    private static final MethodHandle QUEUED;

    static {
        MethodHandle mounted = null;
        MethodHandle queued = null;
        try {
            Class<? extends PlatformManagedObject> type = Class.forName(BEAN).asSubclass(PlatformManagedObject.class);
            Object bean = ManagementFactory.getPlatformMXBean(type);
            if (bean != null) {
                MethodHandles.Lookup lookup = MethodHandles.publicLookup();
                mounted = lookup.findVirtual(type, "getMountedVirtualThreadCount", MethodType.methodType(int.class))
                        .bindTo(bean);
                queued = lookup.findVirtual(type, "getQueuedVirtualThreadCount", MethodType.methodType(long.class))
                        .bindTo(bean);
            }
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            mounted = null;
            queued = null;
        }
        MOUNTED = mounted;
        QUEUED = queued;
    }

    private VirtualScheduler() {}

    /** Whether this JDK has the bean. */
    static boolean present() {
        return MOUNTED != null;
    }

    /** Virtual threads mounted on a carrier now, or -1 where unknown. */
    static long mounted() {
        try {
            return MOUNTED == null ? -1 : (int) MOUNTED.invokeExact();
        } catch (Throwable t) {
            return -1;
        }
    }

    /** Virtual threads queued to run now (an estimate, as the JDK says), or -1 where unknown. */
    static long queued() {
        try {
            return QUEUED == null ? -1 : (long) QUEUED.invokeExact();
        } catch (Throwable t) {
            return -1;
        }
    }
}
