package org.otmilestones.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.otmilestones.core.testing.PublicSignatures;

/** The rules of the command line, checked on its compiled main classes. */
class ArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.otmilestones.cli");

    @Test
    void noOpenPdfJacksonOrCommonsCsvTypeAppearsInAPublicSignature() {
        PublicSignatures.mentionNoHiddenLibrary().check(MAIN);
    }

    @Test
    void theCommandLineUsesTheLibrariesOnlyThroughTheCoreAndTheReport() {
        // The command line is a user of the library like any other: CSV, JSON and PDF details stay inside.
        noClasses().should().dependOnClassesThat().resideInAnyPackage("com.lowagie..", "tools.jackson..",
                "org.apache.commons.csv..", "org.otmilestones.core.internal..").check(MAIN);
    }

    @Test
    void theRulesSeeTheClassesTheyGuard() {
        assertThat(MAIN.contain(Otm.class)).isTrue();
    }
}
