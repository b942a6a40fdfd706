package org.otmilestones.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;
import org.otmilestones.core.testing.PublicSignatures;

/** The package rules of milestone-core, checked on its compiled main classes. */
class ArchitectureTest {

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.otmilestones.core");

    /** The domain records depend on nothing but the JDK, so every other package can use them. */
    static final ArchRule DOMAIN_DEPENDS_ON_NO_OTHER_PACKAGE = noClasses()
            .that().resideInAPackage("org.otmilestones.core")
            .should().dependOnClassesThat().resideInAnyPackage("org.otmilestones.core.(*)..", "tools.jackson..",
                    "org.apache.commons.csv..");

    /**
     * The core knows nothing of the modules built on it: import, forms, readability, the handout, the command
     * line or the web page (Maven's module graph enforces it too; this names the rule).
     */
    static final ArchRule CORE_DOES_NOT_DEPEND_ON_ITS_USERS = noClasses()
            .that().resideInAPackage("org.otmilestones.core..")
            .should().dependOnClassesThat().resideInAnyPackage("org.otmilestones.survey..", "org.otmilestones.forms..",
                    "org.otmilestones.readability..", "org.otmilestones.report..", "org.otmilestones.cli..",
                    "org.otmilestones.web..");

    /** The helpers are below everything: they may use no other package of the core. */
    static final ArchRule INTERNAL_USES_NO_CONCEPT_PACKAGE = noClasses()
            .that().resideInAPackage("org.otmilestones.core.internal..")
            .should().dependOnClassesThat().resideInAnyPackage("org.otmilestones.core.catalog..",
                    "org.otmilestones.core.scoring..", "org.otmilestones.core.results..");

    /** Every package of the core is its own slice: no cycles between them. */
    static final ArchRule NO_PACKAGE_CYCLES = slices().matching("org.otmilestones.core.(**)").should().beFreeOfCycles();

    @Test
    void noJacksonOrCommonsCsvTypeAppearsInAPublicSignature() {
        PublicSignatures.mentionNoHiddenLibrary().check(CORE);
    }

    @Test
    void theDomainRecordsDependOnlyOnTheJdk() {
        DOMAIN_DEPENDS_ON_NO_OTHER_PACKAGE.check(CORE);
    }

    @Test
    void coreNeverDependsOnTheModulesBuiltOnIt() {
        CORE_DOES_NOT_DEPEND_ON_ITS_USERS.check(CORE);
    }

    @Test
    void theInternalHelpersDependOnNoConceptPackage() {
        INTERNAL_USES_NO_CONCEPT_PACKAGE.check(CORE);
    }

    @Test
    void corePackagesHaveNoCycles() {
        NO_PACKAGE_CYCLES.check(CORE);
    }

    @Test
    void theRulesSeeTheClassesTheyGuard() {
        // A rule over no classes passes vacuously; make sure every package the rules name was imported.
        for (String concept : new String[] {"", ".catalog", ".scoring", ".results", ".internal"}) {
            assertThat(CORE.containPackage("org.otmilestones.core" + concept)).as(concept).isTrue();
        }
    }

    @Test
    void thePublicSignatureRuleCatchesALibraryTypeInAPublicMethod() {
        JavaClasses leaky = new ClassFileImporter().importClasses(Leaky.class);
        assertThat(PublicSignatures.mentionNoHiddenLibrary().evaluate(leaky).getFailureReport().getDetails())
                .anyMatch(line -> line.contains("Leaky.mapper()") && line.contains("tools.jackson"))
                .anyMatch(line -> line.contains("Leaky.rows(") && line.contains("org.apache.commons.csv"))
                .anyMatch(line -> line.contains("Leaky.FORMAT") && line.contains("org.apache.commons.csv"));
    }

    /** A public type that shows library types in every kind of public member, for the rule to catch. */
    public static final class Leaky {
        public static final org.apache.commons.csv.CSVFormat FORMAT = org.apache.commons.csv.CSVFormat.DEFAULT;

        public tools.jackson.databind.json.JsonMapper mapper() {
            return null;
        }

        public void rows(java.util.List<org.apache.commons.csv.CSVRecord> records) {
        }
    }
}
