package threadlab.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import threadlab.experiment.Experiment;
import threadlab.experiment.ExperimentCatalog;
import threadlab.experiment.Experiments;
import threadlab.report.SectionCatalog;
import threadlab.result.ModeWords;
import threadlab.workload.Workload;
import threadlab.workload.WorkloadCatalog;
import threadlab.workload.WorkloadType;
import threadlab.workload.Workloads;

/**
 * The lesson catalog is what the core finds through {@link ServiceLoader}, once per interface,
 * and every lesson in it reaches the places that name lessons: the experiments, the workload
 * catalog (a child JVM rebuilds a lesson's workload from its spec), the report's sections and the
 * words for a lesson's own mode.
 */
class LessonsTest {

    @Test
    void theCoreFindsTheCatalogThroughEachOfItsInterfaces() {
        for (Class<?> service :
                List.of(ExperimentCatalog.class, WorkloadCatalog.class, SectionCatalog.class, ModeWords.class)) {
            assertThat(ServiceLoader.load(service).stream().map(p -> p.type().getName()))
                    .as(service.getSimpleName())
                    .contains(Lessons.class.getName());
        }
    }

    @Test
    void everyLessonIsAnExperimentInCatalogOrderWithOneIdEach() {
        List<String> ids = Lessons.all().stream().map(Lesson::id).toList();
        assertThat(ids).doesNotHaveDuplicates().hasSize(17);
        assertThat(Experiments.all()).extracting(Experiment::id).containsExactlyElementsOf(ids);
        assertThat(new Lessons().sections()).extracting(s -> s.id()).containsExactlyElementsOf(ids);
    }

    @Test
    void aLessonsOwnWorkloadIsBuiltFromItsSpecTextThroughTheCoreCatalog() {
        List<WorkloadType> own = new Lessons().workloads();
        assertThat(own)
                .extracting(WorkloadType::name)
                .containsExactly(
                        "message", "mapped-counter", "pinning", "starvation", "threadlocal", "carrier-deadlock");
        for (WorkloadType type : own) {
            assertThat(Workloads.type(type.name())).isSameAs(type);
            try (Workload w = Workloads.create(type.example())) {
                assertThat(w.spec().toString()).isEqualTo(type.example());
                assertThat(w.nature()).isEqualTo(type.nature());
            }
        }
    }

    @Test
    void aLessonsOwnModeIsNamedByItsCatalogLine() {
        assertThat(new Lessons().describe("jdk-virtual-loop", null)).contains("the bare JDK loop");
        assertThat(new Lessons().describe("platform-pool", "2")).isEmpty();
        // a whole id names one mode of a lesson; its siblings keep their own words
        assertThat(new Lessons().describe("start-join", "virtual-thread"))
                .contains("a virtual thread started and joined");
        assertThat(new Lessons().describe("start-join", "child-jvm")).contains("a child JVM started and awaited");
        assertThat(new Lessons().describe("echo", "shared-memory")).contains("an echo over shared memory");
        assertThat(new Lessons().describe("unmetered", "2")).contains("the same tasks in a JVM with no meter");
    }
}
