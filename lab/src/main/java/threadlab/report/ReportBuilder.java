package threadlab.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import threadlab.result.EnvironmentInfo;
import threadlab.result.MachineFacts;
import threadlab.result.Results;
import threadlab.result.RunResult;

/**
 * Turns a run folder into a {@link Report}: one section per experiment found in
 * {@code results.json} (drawn by the renderer its lesson names, else generically), then JMH and
 * jcstress. Whatever the folder lacks is said on the page, never thrown: a renderer that cannot
 * draw the runs it was given falls back to the generic drawing, with a note.
 */
final class ReportBuilder {

    private static final SectionRenderer GENERIC = new GenericSection();

    private ReportBuilder() {}

    static Report build(RunFolder folder) {
        List<String> problems = new ArrayList<>(folder.problems());
        Results results = folder.results();
        List<Section> sections = new ArrayList<>();
        List<RunResult> runs = List.of();
        if (results != null) {
            runs = usableRuns(results, problems);
            int cores = results.environment() != null && results.environment().cores() > 0
                    ? results.environment().cores()
                    : Runtime.getRuntime().availableProcessors();
            String jdk =
                    results.environment() == null ? null : results.environment().jdk();
            MachineFacts machine =
                    results.environment() == null ? null : results.environment().machine();
            Map<String, List<ModeCell>> cellsById =
                    byExperiment(runs.stream().filter(RunResult::measured).toList(), Noise.of(results.environment()));
            Map<String, List<RunResult>> absentById = new LinkedHashMap<>();
            runs.forEach(r -> {
                cellsById.computeIfAbsent(r.experiment(), k -> new ArrayList<>());
                if (!r.measured()) {
                    absentById
                            .computeIfAbsent(r.experiment(), k -> new ArrayList<>())
                            .add(r);
                }
            });
            cellsById.forEach((id, cells) -> sections.add(experimentSection(
                    new ExperimentRuns(id, cells, cores, jdk, machine),
                    renderer(id).beside(cellsById),
                    absentById.getOrDefault(id, List.of()))));
            for (LessonSection lesson : LessonSections.all()) {
                if (lesson.renderer() != null && !cellsById.containsKey(lesson.id())) {
                    lesson.renderer()
                            .skipped(folder.dir())
                            .ifPresent(reason -> sections.add(
                                    Section.empty(lesson.id(), lesson.id(), "Skipped in this run: " + reason + ".")));
                }
            }
        }
        sections.add(JmhSection.of(folder));
        sections.add(JcstressSection.of(folder));
        NotebooksSection.of(folder).ifPresent(sections::add);
        EnvironmentInfo env = results == null ? null : results.environment();
        String subtitle = String.format(
                "%s%s",
                folder.dir().toAbsolutePath().normalize(),
                results != null && results.startedAt() != null ? " - started " + results.startedAt() : "");
        return new Report(
                "Thread Lab report: " + folder.name(),
                subtitle,
                EnvironmentTable.of(List.of(folder.name()), List.of(env == null ? EnvironmentTable.NONE : env)),
                Summary.paragraph(env, runs, sections, problems),
                problems,
                sections,
                VerdictTable.of(verdicts(folder)));
    }

    /** The verdict rows of a folder, judged from its measured runs, as the page's table shows them. */
    static List<VerdictRow> verdicts(RunFolder folder) {
        Results results = folder.results();
        int cores = Runtime.getRuntime().availableProcessors();
        String jdk = null;
        if (results != null && results.environment() != null) {
            cores = results.environment().cores() > 0 ? results.environment().cores() : cores;
            jdk = results.environment().jdk();
        }
        return VerdictTable.rows(
                new Evidence(measuredCells(folder), cores, jdk, folder.jcstress()), DecisionRule.SPREAD_ALLOWS);
    }

    /** The folder's measured cells by experiment id; none without results. */
    static Map<String, List<ModeCell>> measuredCells(RunFolder folder) {
        if (folder.results() == null) {
            return Map.of();
        }
        return byExperiment(
                usableRuns(folder.results(), new ArrayList<>()).stream()
                        .filter(RunResult::measured)
                        .toList(),
                Noise.of(folder.results().environment()));
    }

    /** Draws one experiment: its renderer's charts and conclusions, the common table and notes. */
    static Section experimentSection(ExperimentRuns runs) {
        return experimentSection(runs, renderer(runs.id()), List.of());
    }

    private static SectionRenderer renderer(String experimentId) {
        return LessonSections.of(experimentId)
                .map(LessonSection::renderer)
                .filter(Objects::nonNull)
                .orElse(GENERIC);
    }

    /** As {@link #experimentSection(ExperimentRuns)}, with the runs this machine could not make ({@code absent}) listed too. */
    static Section experimentSection(ExperimentRuns runs, SectionRenderer renderer, List<RunResult> absent) {
        Optional<Section> sides = JdkSides.section(runs, renderer, absent);
        if (sides.isPresent()) {
            return sides.get();
        }
        List<String> notes = new ArrayList<>();
        List<ChartImage> charts = List.of();
        List<String> conclusions = List.of();
        List<Table> own = List.of();
        if (!runs.cells().isEmpty()) {
            try {
                charts = renderer.charts(runs);
                conclusions = renderer.conclusions(runs);
                own = renderer.tables(runs);
            } catch (RuntimeException e) {
                if (renderer == GENERIC) {
                    throw e;
                }
                notes.add("The " + runs.id() + " chart could not be drawn from these runs (" + e
                        + "); they are shown generically.");
                charts = GENERIC.charts(runs);
                conclusions = GENERIC.conclusions(runs);
                own = List.of();
            }
        }
        conclusions = new ArrayList<>(conclusions);
        conclusions.addAll(MachineBounds.sentences(runs));
        if (!absent.isEmpty()) {
            conclusions.add(NotMeasured.sentence(absent));
        }
        for (ModeCell c : runs.cells()) {
            List<String> errors = c.errors();
            if (!errors.isEmpty()) {
                notes.add(String.format(
                        "%s on %s x %s: %d of %d run(s) failed: %s",
                        c.mode(),
                        c.workload(),
                        Formats.count(c.tasks()),
                        errors.size(),
                        c.runs().size(),
                        errors.get(0)));
            }
        }
        String intro = LessonSections.of(runs.id())
                .map(LessonSection::summary)
                .orElse("An experiment this report has no special drawing for: its runs are charted per mode.");
        List<Table> tables = new ArrayList<>();
        tables.add(ModeTable.of(
                "Median over repeats; spread is the wall time's min..max; efficiency = predicted / measured wall.",
                runs.cells(),
                absent));
        tables.addAll(own);
        return new Section(runs.id(), runs.id(), intro, charts, tables, conclusions, notes);
    }

    private static List<RunResult> usableRuns(Results results, List<String> problems) {
        if (results.runs() == null || results.runs().isEmpty()) {
            problems.add(
                    "results.json holds no runs yet: the run may still be going, or it stopped before its first run ended");
            return List.of();
        }
        String fallback =
                results.experiment() != null && !results.experiment().contains(",") ? results.experiment() : "custom";
        List<RunResult> usable = new ArrayList<>();
        long skipped = 0;
        for (RunResult r : results.runs()) {
            if (r == null || r.workload() == null || r.mode() == null) {
                skipped++;
                continue;
            }
            usable.add(r.experiment() != null ? r : withExperiment(r, fallback));
        }
        if (skipped > 0) {
            problems.add(skipped + " run(s) in results.json lack a workload or mode and are left out");
        }
        return usable;
    }

    private static Map<String, List<ModeCell>> byExperiment(List<RunResult> runs, Noise noise) {
        Map<String, List<RunResult>> byId = new LinkedHashMap<>();
        runs.forEach(r ->
                byId.computeIfAbsent(r.experiment(), k -> new ArrayList<>()).add(r));
        Map<String, List<ModeCell>> cells = new LinkedHashMap<>();
        byId.forEach((id, rs) -> cells.put(id, ModeCell.group(rs, noise)));
        return cells;
    }

    private static RunResult withExperiment(RunResult r, String experiment) {
        return r.withExperiment(Objects.requireNonNull(experiment));
    }
}
