package threadlab.report;

import java.util.List;
import threadlab.result.EnvironmentInfo;
import threadlab.result.RunResult;

/**
 * The few lines under the verdict table: what ran where, what failed and what is missing. Each
 * section's headline stays in its section; the verdicts answer the lesson at a glance.
 */
final class Summary {

    private Summary() {}

    static String paragraph(EnvironmentInfo env, List<RunResult> runs, List<Section> sections, List<String> problems) {
        StringBuilder sb = new StringBuilder();
        long experiments = runs.stream().map(RunResult::experiment).distinct().count();
        if (runs.isEmpty()) {
            sb.append("No lab runs to show.");
        } else {
            sb.append(String.format("%s run(s) of %d experiment(s)", Formats.count(runs.size()), experiments));
            if (env != null) {
                sb.append(String.format(
                        " on %s, %d cores, JDK %s",
                        Formats.orMissing(env.cpu()), env.cores(), Formats.orMissing(env.jdk())));
            }
            sb.append('.');
            String noise = NoiseFloorText.sentence(env);
            if (!noise.isEmpty()) {
                sb.append(' ').append(noise);
            }
        }
        long failed = runs.stream()
                .filter(r -> r.measured() && (r.error() != null || r.failed() > 0))
                .count();
        long absent = runs.stream().filter(r -> !r.measured()).count();
        if (!runs.isEmpty()) {
            sb.append(
                    failed == 0
                            ? " Every run " + (absent > 0 ? "this machine could make " : "")
                                    + "completed, and every checksum" + " that must match did."
                            : String.format(
                                    " %d of %d runs failed or gave a wrong checksum (see the notes in their sections).",
                                    failed, runs.size()));
        }
        if (absent > 0) {
            sb.append(String.format(
                    " %d run(s) were not measured here: this machine lacks what they need (named in their sections).",
                    absent));
        }
        if (!problems.isEmpty()) {
            sb.append(String.format(" The run folder is incomplete: %d problem(s), listed below.", problems.size()));
        }
        return sb.toString();
    }
}
