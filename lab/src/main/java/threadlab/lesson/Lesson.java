package threadlab.lesson;

import java.util.List;
import java.util.Map;
import threadlab.experiment.Experiment;
import threadlab.report.LessonSection;
import threadlab.report.SectionRenderer;
import threadlab.report.Verdict;
import threadlab.workload.WorkloadType;

/**
 * One lesson as the catalog lists it: its plan (the experiment: its id, summary and trials), its
 * report section (null: drawn generically), the workloads only it uses, and the plain words for
 * the modes only it runs (by mode name: {@code jdk-virtual-loop} is "the bare JDK loop"), and the
 * rows of the verdict table it answers for.
 */
public record Lesson(
        Experiment plan,
        SectionRenderer section,
        List<WorkloadType> workloads,
        Map<String, String> modeWords,
        List<Verdict> verdicts) {

    public Lesson {
        workloads = List.copyOf(workloads);
        modeWords = Map.copyOf(modeWords);
        verdicts = List.copyOf(verdicts);
    }

    /** A lesson with its own section and its own workloads, if any. */
    public static Lesson of(Experiment plan, SectionRenderer section, WorkloadType... workloads) {
        return new Lesson(plan, section, List.of(workloads), Map.of(), List.of());
    }

    /** A lesson drawn by the generic section, on the core's workloads. */
    public static Lesson of(Experiment plan) {
        return new Lesson(plan, null, List.of(), Map.of(), List.of());
    }

    /**
     * The same lesson, naming its own mode in sentences by {@code words}: {@code modeName} is a
     * whole mode id ({@code start-join:virtual-thread}) or a name, for every id of that name.
     */
    public Lesson naming(String modeName, String words) {
        Map<String, String> all = new java.util.LinkedHashMap<>(modeWords);
        all.put(modeName, words);
        return new Lesson(plan, section, workloads, all, verdicts);
    }

    /** The same lesson, owning {@code verdict}: a row of the verdict table at the top of the report. */
    public Lesson judging(Verdict verdict) {
        List<Verdict> all = new java.util.ArrayList<>(verdicts);
        all.add(verdict);
        return new Lesson(plan, section, workloads, modeWords, all);
    }

    public String id() {
        return plan.id();
    }

    LessonSection reportSection() {
        return new LessonSection(plan.id(), plan.summary(), section);
    }
}
