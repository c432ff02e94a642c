package threadlab;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import threadlab.workload.Workload;

/**
 * What each package of the lab may import: the layout the README's "How the lab is built" describes,
 * checked on the compiled main classes. A rule that fails names the class and the import that broke it.
 */
class ArchitectureTest {

    private static JavaClasses lab;

    @BeforeAll
    static void importTheLab() {
        lab = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages("threadlab");
    }

    @Test
    void noCyclesBetweenPackages() {
        assertHolds(
                slices().matching("threadlab.(*)..").namingSlices("$1").should().beFreeOfCycles());
    }

    @Test
    void lessonsDependOnTheCoreNeverOnEachOther() {
        assertHolds(slices().matching("threadlab.lesson.(*)..")
                .namingSlices("lesson $1")
                .should()
                .notDependOnEachOther());
    }

    @Test
    void theCoreNeverImportsALesson() {
        assertHolds(noClasses()
                .that()
                .resideOutsideOfPackage("threadlab.lesson..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("threadlab.lesson.."));
    }

    @Test
    void theReportReadsResultsAndRunsNothing() {
        assertHolds(noClasses()
                .that()
                .resideInAPackage("threadlab.report..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "threadlab.mode..", "threadlab.child..", "threadlab.ipc..", "threadlab.experiment..")
                .orShould()
                .dependOnClassesThat()
                .implement(Workload.class));
    }

    @Test
    void workloadsKnowNothingOfModesExperimentsOrChildProcesses() {
        assertHolds(noClasses()
                .that()
                .resideInAPackage("threadlab.workload..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "threadlab.mode..", "threadlab.experiment..", "threadlab.lesson..", "threadlab.child.."));
    }

    @Test
    void measurementKnowsNothingOfModes() {
        assertHolds(noClasses()
                .that()
                .resideInAPackage("threadlab.measure..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("threadlab.mode.."));
    }

    /** Fails with ArchUnit's report (each class, import and line that breaks the rule) unless it holds. */
    private static void assertHolds(ArchRule rule) {
        rule.check(lab);
    }
}
