package threadlab.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import threadlab.InvalidInputException;
import threadlab.result.EnvironmentInfo;

/**
 * A class's run folders on one page: one row per folder (its machine and the verdict table's
 * figures), and charts across machines. Folders that ran different lessons line up by claim,
 * with "not run" where a folder lacks one. A folder that cannot be read is named on the page
 * and left out; only when none can be read is it an error.
 */
final class ClassView {

    private ClassView() {}

    /**
     * The class page of {@code dirs}.
     *
     * @throws InvalidInputException if no folder is given, or none holds lab results
     */
    static Report build(List<Path> dirs) {
        if (dirs.isEmpty()) {
            throw new InvalidInputException("--class needs at least one run folder");
        }
        List<String> problems = new ArrayList<>();
        List<ClassMember> members = new ArrayList<>();
        for (Path dir : dirs) {
            try {
                RunFolder folder = RunFolder.read(dir);
                if (folder.results() == null
                        || folder.results().runs() == null
                        || folder.results().runs().isEmpty()) {
                    problems.add(dir + ": left out, "
                            + (folder.problems().isEmpty() ? "no runs" : String.join("; ", folder.problems())));
                    continue;
                }
                members.add(ClassMember.of(folder));
            } catch (RuntimeException e) {
                problems.add(dir + ": left out, " + e.getMessage());
            }
        }
        if (members.isEmpty()) {
            throw new InvalidInputException(
                    "none of the " + dirs.size() + " folder(s) holds readable lab results: " + problems.get(0));
        }
        List<Section> sections = new ArrayList<>();
        sections.add(new Section(
                "machines",
                "Machines",
                "One row per run folder: its machine, then each claim's figure and verdict there.",
                List.of(),
                List.of(machines(members)),
                List.of(),
                List.of()));
        List<ChartImage> charts = ClassCharts.of(members);
        sections.add(new Section(
                "across",
                "Across machines",
                "Each point is one run folder.",
                charts,
                List.of(),
                List.of(),
                charts.isEmpty() ? List.of("No folder has CPU, virtual-thread or pinning runs to chart.") : List.of()));
        Set<String> jdks = new LinkedHashSet<>();
        Set<Integer> cores = new LinkedHashSet<>();
        members.forEach(m -> {
            jdks.add(m.jdk());
            cores.add(m.cores());
        });
        String summary = String.format(
                "%d run folder(s) of %d given: %d core count(s) (%s), %d JDK(s) (%s).%s",
                members.size(),
                dirs.size(),
                cores.size(),
                Sentences.list(cores.stream().sorted().map(String::valueOf).toList()),
                jdks.size(),
                Sentences.list(List.copyOf(jdks)),
                problems.isEmpty() ? "" : " " + problems.size() + " folder(s) left out, named below.");
        return new Report(
                "Thread Lab class view: " + members.size() + " run folder(s)",
                "Run folders: "
                        + String.join(
                                ", ", members.stream().map(ClassMember::name).toList()),
                EnvironmentTable.of(
                        members.stream().map(ClassMember::name).toList(),
                        members.stream()
                                .map(m -> m.env() == null ? EnvironmentTable.NONE : m.env())
                                .toList()),
                summary,
                problems,
                sections);
    }

    /** The row per folder: name, cores, CPU, OS, JDK, then one column per claim (in catalog order). */
    static Table machines(List<ClassMember> members) {
        List<String> headers = new ArrayList<>(List.of("run folder", "cores", "CPU", "OS", "JDK"));
        List<String> claims =
                members.get(0).verdicts().stream().map(VerdictRow::claim).toList();
        headers.addAll(claims);
        List<List<String>> rows = new ArrayList<>();
        for (ClassMember m : members) {
            EnvironmentInfo env = m.env();
            List<String> row = new ArrayList<>(List.of(
                    m.name(),
                    m.cores() > 0 ? Integer.toString(m.cores()) : Formats.MISSING,
                    env == null ? Formats.MISSING : Formats.orMissing(env.cpu()),
                    env == null ? Formats.MISSING : Formats.orMissing(env.os()),
                    m.jdk()));
            for (String claim : claims) {
                row.add(m.verdicts().stream()
                        .filter(v -> v.claim().equals(claim))
                        .findFirst()
                        .map(ClassView::cell)
                        .orElse(Outcome.NOT_RUN.words()));
            }
            rows.add(row);
        }
        return new Table(
                "Each claim's cell: the figure it rests on (median), then the verdict on that machine.", headers, rows);
    }

    private static String cell(VerdictRow v) {
        if (v.outcome() == Outcome.NOT_RUN || v.judgement().measure() == null) {
            return Outcome.NOT_RUN.words();
        }
        return Formats.number(v.judgement().measure().value()) + ": "
                + v.outcome().words();
    }
}
