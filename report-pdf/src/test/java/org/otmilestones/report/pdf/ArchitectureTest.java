package org.otmilestones.report.pdf;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.otmilestones.core.testing.PublicSignatures;

/** The package rules of report-pdf, checked on its compiled main classes. */
class ArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.otmilestones.report");

    @Test
    void onlyThePdfPackageUsesOpenPdf() {
        noClasses().that().resideOutsideOfPackage("org.otmilestones.report.pdf..")
                .should().dependOnClassesThat().resideInAnyPackage("com.lowagie..", "org.openpdf..")
                .check(MAIN);
    }

    @Test
    void theBlockLayoutsAndTheTextHalfDependOnTextSettingOnlyNeverOnTheLayoutChooser() {
        noClasses().that().haveSimpleName("TableLayout").or().haveSimpleName("PartsLayout")
                .or().haveSimpleName("ChartLayout").or().haveSimpleName("TextLayout")
                .should().dependOnClassesThat().haveSimpleName("Layouter")
                .check(MAIN);
    }

    @Test
    void theDescriptionDoesNotDependOnTheDrawing() {
        noClasses().that().resideInAPackage("org.otmilestones.report")
                .should().dependOnClassesThat().resideInAPackage("org.otmilestones.report.pdf..")
                .check(MAIN);
    }

    @Test
    void theHandoutNeverDependsOnTheCommandLineOrTheWebPage() {
        noClasses().that().resideInAPackage("org.otmilestones.report..")
                .should().dependOnClassesThat().resideInAnyPackage("org.otmilestones.cli..", "org.otmilestones.web..")
                .check(MAIN);
    }

    @Test
    void noOpenPdfJacksonOrCommonsCsvTypeAppearsInAPublicSignature() {
        PublicSignatures.mentionNoHiddenLibrary().check(MAIN);
    }

    @Test
    void reportPackagesHaveNoCycles() {
        slices().matching("org.otmilestones.report.(**)").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void theRulesSeeTheClassesTheyGuard() {
        assertThat(MAIN.containPackage("org.otmilestones.report")).isTrue();
        assertThat(MAIN.containPackage("org.otmilestones.report.pdf")).isTrue();
        assertThat(noClasses().that().resideInAPackage("org.otmilestones.report.pdf..")
                .should().dependOnClassesThat().resideInAPackage("com.lowagie..").evaluate(MAIN).hasViolation())
                .as("the pdf package does use OpenPDF, so the rules above see it").isTrue();
    }
}
