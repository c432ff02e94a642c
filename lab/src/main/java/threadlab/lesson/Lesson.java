package threadlab.lesson;

import java.util.List;
import threadlab.experiment.Experiment;
import threadlab.report.LessonSection;
import threadlab.report.SectionRenderer;
import threadlab.workload.WorkloadType;

/**
 * One lesson as the catalog lists it: its plan (the experiment: its id, summary and trials), its
 * report section (null: drawn generically) and the workloads only it uses.
 */
public record Lesson(Experiment plan, SectionRenderer section, List<WorkloadType> workloads) {

    public Lesson {
        workloads = List.copyOf(workloads);
    }

    /** A lesson with its own section and its own workloads, if any. */
    public static Lesson of(Experiment plan, SectionRenderer section, WorkloadType... workloads) {
        return new Lesson(plan, section, List.of(workloads));
    }

    /** A lesson drawn by the generic section, on the core's workloads. */
    public static Lesson of(Experiment plan) {
        return new Lesson(plan, null, List.of());
    }

    public String id() {
        return plan.id();
    }

    LessonSection reportSection() {
        return new LessonSection(plan.id(), plan.summary(), section);
    }
}
