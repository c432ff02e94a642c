package threadlab.stress.gate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What the gate runs and where it writes: {@code --mode quick|full}, {@code --out DIR},
 * optional {@code --tests REGEX}.
 *
 * <ul>
 *   <li>{@code quick} (the {@code mvn verify} gate): one JVM configuration ({@code -Xmx512m}),
 *       no split compilation, one fork, one 300 ms iteration per test, so the whole suite fits
 *       the build's 4-minute budget on 2 cores. Short runs see rare outcomes less often, allowed
 *       or forbidden: the full run is the thorough check.</li>
 *   <li>{@code full}: jcstress's {@code default} preset: every JVM configuration it detects
 *       (interpreter, C1, C2, stress flags), split per-actor compilation, 5 iterations of 1 s.</li>
 * </ul>
 *
 * @param mode  {@code quick} or {@code full}
 * @param out   the folder jcstress's reports, its result blob and {@code summary.json} go to
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

    /** The jcstress command line this gate run stands for. */
    public List<String> jcstressArgs() {
        List<String> args = new ArrayList<>();
        if (mode.equals("quick")) {
            args.addAll(List.of("-m", "quick", "-jvmArgs", "-Xmx512m", "-sc", "false", "-iters", "1", "-time", "300"));
        } else {
            args.addAll(List.of("-m", "default"));
        }
        args.addAll(List.of("-t", tests, "-r", out.toString()));
        return args;
    }
}
