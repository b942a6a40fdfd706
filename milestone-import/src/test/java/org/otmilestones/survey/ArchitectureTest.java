package org.otmilestones.survey;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.otmilestones.core.testing.PublicSignatures;

/** The package rules of milestone-import, checked on its compiled main classes. */
class ArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.otmilestones.survey");

    @Test
    void noLibraryTypeAppearsInAPublicSignature() {
        PublicSignatures.mentionNoHiddenLibrary().check(MAIN);
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("org.otmilestones.(**)").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void theRulesSeeTheClassesTheyGuard() {
        // A rule over no classes passes vacuously; make sure every package of the module was imported.
        for (String name : new String[] {"org.otmilestones.survey", "org.otmilestones.survey.fhir"}) {
            assertThat(MAIN.containPackage(name)).as(name).isTrue();
        }
    }
}
