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
import org.otmilestones.core.OtmException;
import org.otmilestones.report.pdf.PdfHandouts;
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
    void handoutsAreRenderedByTheServersOneRendererOnly() {
        // PdfHandouts.create() keeps the lines every handout shares: one per server, made by Results.
        noClasses().that().doNotHaveSimpleName("Results").should().callMethod(PdfHandouts.class, "create")
                .check(MAIN);
        noClasses().should().callMethodWhere(com.tngtech.archunit.base.DescribedPredicate.describe(
                "PdfHandouts' static render methods (a renderer of their own each time)",
                call -> call.getTargetOwner().isEquivalentTo(PdfHandouts.class) && call.getName().startsWith("render")))
                .check(MAIN);
        assertThat(MAIN.get(Results.class).getMethodCallsFromSelf()).anyMatch(call -> call.getName().equals("create")
                && call.getTargetOwner().isEquivalentTo(PdfHandouts.class));
    }

    @Test
    void everyCheckedExceptionOfTheServerIsAnOtmException() throws Exception {
        // By reflection: the importer does not follow superclasses into the core module.
        List<Class<?>> checked = new java.util.ArrayList<>();
        for (JavaClass c : MAIN) {
            Class<?> type = Class.forName(c.getName());
            if (Exception.class.isAssignableFrom(type) && !RuntimeException.class.isAssignableFrom(type)) {
                checked.add(type);
            }
        }
        assertThat(checked).isNotEmpty().allSatisfy(type -> assertThat(OtmException.class).isAssignableFrom(type));
        assertThat(checked).contains(WebSetupException.class);
    }

    @Test
    void theServerLogsThroughTheSlf4jApiAndLeavesTheBackendToTheApplication() throws Exception {
        String pom = java.nio.file.Files.readString(java.nio.file.Path.of("pom.xml"));
        assertThat(pom).contains("<artifactId>slf4j-api</artifactId>");
        // A backend only for the tests (slf4j-nop, silent), never for whoever uses the server.
        java.util.regex.Matcher backends = java.util.regex.Pattern.compile(
                "<artifactId>(slf4j-simple|slf4j-nop|logback-classic|log4j-slf4j2?-impl|slf4j-reload4j)</artifactId>\\s*"
                + "(<scope>([a-z]+)</scope>)?").matcher(pom);
        while (backends.find()) {
            assertThat(backends.group(3)).as(backends.group(1) + "'s scope").isEqualTo("test");
        }
        assertThat(getClass().getResource("/simplelogger.properties")).as("the backend's settings are the cli's").isNull();
    }

    @Test
    void theRulesSeeTheClassesTheyGuard() {
        assertThat(MAIN.contain(WebServer.class)).isTrue();
        assertThat(MAIN.stream().noneMatch(c -> c.getSimpleName().endsWith("Generated"))).isTrue();
    }
}
