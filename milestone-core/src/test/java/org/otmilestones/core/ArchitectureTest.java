package org.otmilestones.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

/** The package rules of the project's RULES.md, checked on the compiled main classes. */
class ArchitectureTest {

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.otmilestones.core");

    /** Only the import package reads or writes CSV, so CSV quirks live in one place. */
    static final ArchRule ONLY_ANSWERS_USES_COMMONS_CSV = noClasses()
            .that().resideOutsideOfPackage("org.otmilestones.core.answers..")
            .should().dependOnClassesThat().resideInAPackage("org.apache.commons.csv..");

    /** Only the catalog package reads or writes JSON. */
    static final ArchRule ONLY_CATALOG_USES_JACKSON = noClasses()
            .that().resideOutsideOfPackage("org.otmilestones.core.catalog..")
            .should().dependOnClassesThat().resideInAnyPackage("tools.jackson..", "com.fasterxml.jackson..");

    /** The core knows nothing of the handout or the command line built on it. */
    static final ArchRule CORE_DOES_NOT_DEPEND_ON_REPORT_OR_CLI = noClasses()
            .that().resideInAPackage("org.otmilestones.core..")
            .should().dependOnClassesThat().resideInAnyPackage("org.otmilestones.report..", "org.otmilestones.cli..");

    /** Every package of the core, the domain package included, is its own slice: no cycles between them. */
    static final ArchRule NO_PACKAGE_CYCLES = slices().matching("org.otmilestones.(**)").should().beFreeOfCycles();

    /** The answers package may not reach back into the catalog package, which depends on it. */
    static final ArchRule ANSWERS_DOES_NOT_USE_CATALOG = noClasses()
            .that().resideInAPackage("org.otmilestones.core.answers..")
            .should().dependOnClassesThat().resideInAPackage("org.otmilestones.core.catalog..");

    @Test
    void onlyTheAnswersPackageUsesCommonsCsv() {
        ONLY_ANSWERS_USES_COMMONS_CSV.check(CORE);
    }

    @Test
    void onlyTheCatalogPackageUsesJackson() {
        ONLY_CATALOG_USES_JACKSON.check(CORE);
    }

    @Test
    void coreNeverDependsOnTheReportOrTheCommandLine() {
        CORE_DOES_NOT_DEPEND_ON_REPORT_OR_CLI.check(CORE);
    }

    @Test
    void corePackagesHaveNoCycles() {
        NO_PACKAGE_CYCLES.check(CORE);
        ANSWERS_DOES_NOT_USE_CATALOG.check(CORE);
    }

    @Test
    void theRulesSeeTheClassesTheyGuard() {
        // A rule over no classes passes vacuously; make sure the packages it names were imported.
        assertThat(CORE.containPackage("org.otmilestones.core.answers")).isTrue();
        assertThat(CORE.containPackage("org.otmilestones.core.catalog")).isTrue();
        EvaluationResult csvUsers = noClasses().that().resideInAPackage("org.otmilestones.core.answers..")
                .should().dependOnClassesThat().resideInAPackage("org.apache.commons.csv..").evaluate(CORE);
        assertThat(csvUsers.hasViolation()).as("the answers package does use Commons CSV").isTrue();
    }
}
