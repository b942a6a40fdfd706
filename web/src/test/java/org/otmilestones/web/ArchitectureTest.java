package org.otmilestones.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.members;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.otmilestones.core.testing.PublicSignatures;

/** The rules of the web module, checked on its compiled main classes (the generated page templates aside). */
class ArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(location -> !location.contains("Generated"))
            .importPackages("org.otmilestones.web");

    /** The server's own libraries: a caller of WebServer sees none of them. */
    private static final List<String> SERVER_LIBRARIES = List.of("io.javalin", "org.eclipse.jetty", "gg.jte",
            "org.sqlite", "jakarta.servlet");

    @Test
    void noOpenPdfJacksonOrCommonsCsvTypeAppearsInAPublicSignature() {
        PublicSignatures.mentionNoHiddenLibrary().check(MAIN);
    }

    @Test
    void noJavalinJettyJteOrSqliteTypeAppearsInAPublicSignature() {
        members().that().areDeclaredInClassesThat().arePublic()
                .should(new ArchCondition<JavaMember>("mention no type of " + SERVER_LIBRARIES) {
                    @Override
                    public void check(JavaMember member, ConditionEvents events) {
                        if (!member.getModifiers().contains(JavaModifier.PUBLIC)) {
                            return;
                        }
                        Set<JavaClass> types = new HashSet<>();
                        if (member instanceof JavaField field) {
                            types.addAll(field.getType().getAllInvolvedRawTypes());
                        } else if (member instanceof JavaCodeUnit code) {
                            types.addAll(code.getReturnType().getAllInvolvedRawTypes());
                            code.getParameterTypes().forEach(t -> types.addAll(t.getAllInvolvedRawTypes()));
                            types.addAll(code.getThrowsClause().getTypes());
                        }
                        for (JavaClass type : types) {
                            if (SERVER_LIBRARIES.stream().anyMatch(p -> type.getName().startsWith(p + "."))) {
                                events.add(SimpleConditionEvent.violated(member, member.getFullName() + " mentions "
                                        + type.getName()));
                            }
                        }
                    }
                }).allowEmptyShould(false).check(MAIN);
    }

    @Test
    void thePageUsesTheLibraryAsAnyUserWould() {
        // No reaching into the library's insides: the importer, scorer and handout are used through their API.
        noClasses().should().dependOnClassesThat().resideInAnyPackage("com.lowagie..", "org.openpdf..", "tools.jackson..",
                "org.apache.commons.csv..", "org.otmilestones.core.internal..").check(MAIN);
    }

    @Test
    void theRulesSeeTheClassesTheyGuard() {
        assertThat(MAIN.contain(WebServer.class)).isTrue();
        assertThat(MAIN.stream().noneMatch(c -> c.getSimpleName().endsWith("Generated"))).isTrue();
    }
}
