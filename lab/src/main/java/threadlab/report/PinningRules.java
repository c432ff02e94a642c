package threadlab.report;

/**
 * What each JDK does with a virtual thread that blocks where it cannot unmount, for conclusions
 * that must say which JDK ran and why it showed what it showed. Up to JDK 23 a monitor belongs to
 * the carrier thread, so a virtual thread blocked inside {@code synchronized} keeps its carrier
 * (it is pinned); JDK 24 (JEP 491) gave monitors to virtual threads, so it unmounts. A class
 * initialiser and a native frame still pin on every JDK so far.
 */
public final class PinningRules {

    /** The first JDK whose virtual threads unmount inside {@code synchronized}. */
    static final int UNPINNED_SYNCHRONIZED_SINCE = 24;

    private PinningRules() {}

    /** The feature release of a version string ({@code 25} of {@code 25.0.3+9-LTS}), or -1 if there is none. */
    public static int feature(String jdk) {
        if (jdk == null) {
            return -1;
        }
        int end = 0;
        while (end < jdk.length() && Character.isDigit(jdk.charAt(end))) {
            end++;
        }
        try {
            return end == 0 ? -1 : Integer.parseInt(jdk.substring(0, end));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** "JDK 25.0.3+9-LTS", or "an unknown JDK". */
    public static String name(String jdk) {
        return jdk == null ? "an unknown JDK" : "JDK " + jdk;
    }

    /** Whether blocking inside {@code synchronized} pins on this feature release (unknown: assumed not). */
    public static boolean synchronizedPins(int feature) {
        return feature > 0 && feature < UNPINNED_SYNCHRONIZED_SINCE;
    }

    /** Why {@code synchronized} does or does not pin on this release. */
    public static String whySynchronized(int feature) {
        if (synchronizedPins(feature)) {
            return "up to JDK 23 a monitor is owned by the carrier thread, so a virtual thread that blocks inside synchronized "
                    + "cannot leave it: it is pinned (JDK 24 changed this, JEP 491)";
        }
        return "since JDK 24 (JEP 491) a monitor is owned by the virtual thread itself, so one that blocks inside synchronized "
                + "unmounts and frees its carrier (JDK 21 to 23 pin there)";
    }

    /** Why a class initialiser pins on every JDK so far. */
    public static String whyClassInit() {
        return "a class initialiser runs under the JVM's own initialisation lock, in frames the virtual thread cannot yet "
                + "unmount from, so it pins on JDK 21 and still on JDK 24+ (JEP 491 left class initialisers and native frames pinned)";
    }
}
