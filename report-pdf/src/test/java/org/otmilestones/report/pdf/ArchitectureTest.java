package org.otmilestones.report.pdf;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.otmilestones.report");

    @Test
    void onlyThePdfPackageUsesOpenPdf() {
        noClasses().that().resideOutsideOfPackage("org.otmilestones.report.pdf..")
                .should().dependOnClassesThat().resideInAPackage("com.lowagie..")
                .check(MAIN);
    }

    @Test
    void theDescriptionDoesNotDependOnTheDrawing() {
        noClasses().that().resideInAPackage("org.otmilestones.report")
                .should().dependOnClassesThat().resideInAPackage("org.otmilestones.report.pdf..")
                .check(MAIN);
    }

    @Test
    void noOpenPdfTypeInAPublicSignature() {
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods().that().arePublic()
                .and().areDeclaredInClassesThat().arePublic()
                .should(new com.tngtech.archunit.lang.ArchCondition<com.tngtech.archunit.core.domain.JavaMethod>(
                        "not mention OpenPDF types") {
                    @Override
                    public void check(com.tngtech.archunit.core.domain.JavaMethod method,
                            com.tngtech.archunit.lang.ConditionEvents events) {
                        boolean bad = method.getRawReturnType().getPackageName().startsWith("com.lowagie")
                                || method.getRawParameterTypes().stream()
                                        .anyMatch(t -> t.getPackageName().startsWith("com.lowagie"));
                        if (bad) {
                            events.add(com.tngtech.archunit.lang.SimpleConditionEvent.violated(method,
                                    method.getFullName() + " has an OpenPDF type in its signature"));
                        }
                    }
                }).check(MAIN);
    }
}
