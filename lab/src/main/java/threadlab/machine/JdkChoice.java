package threadlab.machine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import threadlab.InvalidInputException;

/**
 * The JDKs {@code run --jdk} asked for: {@code PATH[,PATH...]} (JDK home folders, each read from its
 * {@code release} file) or {@code all} (every JDK {@link Jdks#discover} finds). A folder that holds
 * no JDK, or a JDK older than {@value Jdk#MINIMUM}, given by path is refused in one line; with
 * {@code all} the old ones are only listed as skipped ({@link #skippedLine}).
 *
 * @param use the JDKs to run on, in the order given ({@code all}: newest first), each once
 * @param skipped the JDKs {@code all} found but will not run on (older than {@value Jdk#MINIMUM})
 */
public record JdkChoice(List<Jdk> use, List<Jdk> skipped) {

    public static final String ALL = "all";

    public JdkChoice {
        use = List.copyOf(use);
        skipped = List.copyOf(skipped);
    }

    /**
     * Parses a {@code --jdk} value.
     *
     * @param found what {@code all} means: the JDKs found on this machine
     * @throws InvalidInputException for a path that holds no JDK, or a JDK older than {@value Jdk#MINIMUM}
     */
    public static JdkChoice parse(String value, Supplier<List<Jdk>> found) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException("--jdk needs PATH[,PATH...] (JDK home folders) or 'all'");
        }
        if (value.strip().equals(ALL)) {
            List<Jdk> all = found.get();
            return new JdkChoice(
                    Jdks.usable(all), all.stream().filter(j -> !j.usable()).toList());
        }
        Map<Path, Jdk> chosen = new LinkedHashMap<>();
        for (String part : value.split(",")) {
            String given = part.strip();
            if (given.isEmpty()) {
                throw new InvalidInputException("--jdk " + value + ": an empty path between commas");
            }
            if (given.equals(ALL)) {
                throw new InvalidInputException("--jdk all goes alone, not in a list of paths");
            }
            Path home;
            try {
                home = Path.of(given);
            } catch (RuntimeException e) {
                throw new InvalidInputException("--jdk " + given + ": not a path");
            }
            Jdk jdk = Jdks.read(home, "--jdk")
                    .orElseThrow(() -> new InvalidInputException("--jdk " + given
                            + ": no JDK there (a JDK home holds a 'release' file naming JAVA_VERSION, and bin/java)"));
            if (!jdk.usable()) {
                throw new InvalidInputException("--jdk " + given + ": JDK " + jdk.version() + " is older than "
                        + Jdk.MINIMUM + ", the oldest the lab runs on");
            }
            chosen.putIfAbsent(jdk.home(), jdk);
        }
        return new JdkChoice(new ArrayList<>(chosen.values()), List.of());
    }

    /** One line naming the JDKs {@code all} skipped, or null if it skipped none. */
    public String skippedLine() {
        if (skipped.isEmpty()) {
            return null;
        }
        List<String> named = skipped.stream()
                .map(j -> "JDK " + j.version() + " (" + j.home() + ")")
                .toList();
        return "--jdk all: skipped " + String.join(", ", named) + ": older than " + Jdk.MINIMUM
                + ", the oldest the lab runs on";
    }
}
