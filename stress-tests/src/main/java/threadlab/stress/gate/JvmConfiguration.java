package threadlab.stress.gate;

import java.util.List;
import java.util.Set;

/**
 * One JVM configuration the quick gate runs tests on, passed to jcstress as {@code -jvmArgs}
 * (which turns jcstress's own detection of configurations off), and the test families it is for.
 *
 * @param name     a short name, also the subfolder of the gate's output its reports go to
 *                 (the first configuration writes into the output folder itself)
 * @param jvmArgs  the JVM arguments of every fork, as one line
 * @param families the families ({@link TestSummary#familyOf}) it runs; empty for every test
 */
public record JvmConfiguration(String name, String jvmArgs, Set<String> families) {

    /** The JIT as shipped: tiered compilation, interpreter then C1 then C2. Every test. */
    public static final JvmConfiguration TIERED = new JvmConfiguration("tiered", "-Xmx512m", Set.of());

    /**
     * C2 alone ({@code -XX:-TieredCompilation}): the compiler that reorders most, reached without
     * C1's code in between, for the families whose lessons are reorderings and hoisted reads. A
     * reordering only C2 makes would pass the tiered run, which spends most of a 300 ms iteration
     * in the interpreter and C1.
     */
    public static final JvmConfiguration C2_ONLY = new JvmConfiguration(
            "c2-only", "-Xmx512m -XX:-TieredCompilation", Set.of("Ordering", "Publication", "Visibility"));

    /** The configurations of the quick gate, in the order they run. */
    public static final List<JvmConfiguration> QUICK = List.of(TIERED, C2_ONLY);

    /** Whether this configuration runs the test named {@code test}. */
    public boolean runs(String test) {
        return families.isEmpty() || families.contains(TestSummary.familyOf(test));
    }

    /** What the summary says of it: {@code c2-only: -Xmx512m -XX:-TieredCompilation (Ordering, ...)}. */
    public String describe() {
        return name + ": " + jvmArgs
                + (families.isEmpty()
                        ? " (every test)"
                        : " (" + String.join(", ", families.stream().sorted().toList()) + ")");
    }
}
