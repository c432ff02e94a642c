package threadlab.report;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What one run folder gives the verdicts: every lesson's cells by lesson id, the machine's core
 * count, the JDK, and the jcstress results when the folder has them.
 */
public final class Evidence {

    /** A jcstress test's samples: all of them, and those whose outcome was a race (interesting or forbidden). */
    public record StressCount(String test, long samples, long raced) {}

    private final Map<String, List<ModeCell>> cells;
    private final int cores;
    private final String jdk;
    private final JcstressSummary jcstress;

    Evidence(Map<String, List<ModeCell>> cells, int cores, String jdk, JcstressSummary jcstress) {
        this.cells = Map.copyOf(cells);
        this.cores = cores;
        this.jdk = jdk;
        this.jcstress = jcstress;
    }

    /** The cells a lesson measured here; empty when it did not run. */
    public List<ModeCell> cells(String lesson) {
        return cells.getOrDefault(lesson, List.of());
    }

    public int cores() {
        return cores;
    }

    /** The JDK's version string, or null where the folder does not say. */
    public String jdk() {
        return jdk;
    }

    /** The jcstress test whose short name is {@code shortName}, if the folder ran it. */
    public Optional<StressCount> jcstress(String shortName) {
        if (jcstress == null) {
            return Optional.empty();
        }
        return jcstress.tests().stream()
                .filter(t -> t.shortName().equals(shortName))
                .findFirst()
                .map(t -> new StressCount(
                        t.shortName(),
                        t.samples(),
                        t.samples(JcstressSummary.INTERESTING) + t.samples(JcstressSummary.FORBIDDEN)));
    }
}
