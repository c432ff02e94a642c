package threadlab.experiment;

import java.util.List;

/**
 * The JVM flags that give virtual threads exactly {@code n} carrier threads: the scheduler's
 * parallelism, and a maximum pool size of the same, so the scheduler cannot add a carrier to make
 * up for a pinned one (JDK 21 does that for {@code Object.wait()}).
 */
public final class Carriers {

    private Carriers() {}

    public static List<String> flags(int n) {
        return List.of(
                "-Djdk.virtualThreadScheduler.parallelism=" + n, "-Djdk.virtualThreadScheduler.maxPoolSize=" + n);
    }
}
