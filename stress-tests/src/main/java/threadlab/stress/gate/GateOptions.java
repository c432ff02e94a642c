package threadlab.stress.gate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What the gate runs and where it writes: {@code --mode quick|full}, {@code --out DIR},
 * optional {@code --tests REGEX}.
 *
 * <ul>
 *   <li>{@code quick} (the {@code mvn verify} gate): no split compilation, one fork, one 300 ms
 *       iteration per test, on each of {@link JvmConfiguration#QUICK}: every test on the tiered
 *       JVM ({@code -Xmx512m}), then the Ordering, Publication and Visibility tests again on C2
 *       alone ({@code -XX:-TieredCompilation}). Giving jcstress {@code -jvmArgs} turns its own
 *       detection of configurations off, so each configuration is a run of its own. Short runs
 *       see rare outcomes less often, allowed or forbidden: the full run is the thorough check.</li>
 *   <li>{@code full}: jcstress's {@code default} preset: every JVM configuration it detects
 *       (interpreter, C1, C2, C2 with stress flags), split per-actor compilation, 5 iterations
 *       of 1 s.</li>
 * </ul>
 *
 * @param mode  {@code quick} or {@code full}
 * @param out   the folder jcstress's reports, its result blobs and {@code summary.json} go to
 * @param tests regular expression selecting tests by name, as jcstress's {@code -t}
 */
public record GateOptions(String mode, Path out, String tests) {

    static final String USAGE = "usage: Gate --out DIR [--mode quick|full] [--tests REGEX]";

    public GateOptions {
        if (!mode.equals("quick") && !mode.equals("full")) {
            throw new IllegalArgumentException("unknown mode '" + mode + "', valid: quick, full\n" + USAGE);
        }
    }

    /**
     * Parses the gate's command line.
     *
     * @throws IllegalArgumentException on an unknown option, a missing value, or no {@code --out}
     */
    public static GateOptions parse(String... args) {
        String mode = "quick";
        Path out = null;
        String tests = ".*";
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("missing value for " + option + "\n" + USAGE);
            }
            String value = args[++i];
            switch (option) {
                case "--mode" -> mode = value;
                case "--out" -> out = Path.of(value);
                case "--tests" -> tests = value;
                default -> throw new IllegalArgumentException("unknown option " + option + "\n" + USAGE);
            }
        }
        if (out == null) {
            throw new IllegalArgumentException("--out is required\n" + USAGE);
        }
        return new GateOptions(mode, out, tests);
    }

    /** The JVM configurations this gate run gives jcstress one by one; empty in full mode (jcstress finds its own). */
    public List<JvmConfiguration> configurations() {
        return mode.equals("quick") ? JvmConfiguration.QUICK : List.of();
    }

    /** The jcstress command line of the first run: every test {@code --tests} selects. */
    public List<String> jcstressArgs() {
        return mode.equals("quick")
                ? jcstressArgs(JvmConfiguration.TIERED, tests)
                : args(List.of("-m", "default"), tests, out);
    }

    /**
     * The jcstress command line that runs {@code chosen} (exact test names) on {@code configuration},
     * writing into {@link #folder}.
     */
    public List<String> jcstressArgs(JvmConfiguration configuration, Collection<String> chosen) {
        return jcstressArgs(
                configuration, chosen.stream().map(Pattern::quote).collect(Collectors.joining("|", "^(?:", ")$")));
    }

    /** Where the reports of a configuration's run go: the output folder for the first, a subfolder for the others. */
    public Path folder(JvmConfiguration configuration) {
        return configuration.equals(JvmConfiguration.TIERED) ? out : out.resolve(configuration.name());
    }

    private List<String> jcstressArgs(JvmConfiguration configuration, String testRegex) {
        return args(
                List.of(
                        "-m",
                        "quick",
                        "-jvmArgs",
                        configuration.jvmArgs(),
                        "-sc",
                        "false",
                        "-iters",
                        "1",
                        "-time",
                        "300"),
                testRegex,
                folder(configuration));
    }

    private static List<String> args(List<String> preset, String testRegex, Path reports) {
        List<String> args = new ArrayList<>(preset);
        args.addAll(List.of("-t", testRegex, "-r", reports.toString()));
        return args;
    }
}
