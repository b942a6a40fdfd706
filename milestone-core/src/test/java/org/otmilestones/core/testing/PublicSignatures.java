package org.otmilestones.core.testing;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The architecture rule every module checks: a library user sees none of the libraries we use inside, so
 * no public method, constructor or field of a public type mentions a type of those packages, in its
 * parameters, its result, its type arguments or its throws clause. Packages named {@code internal} are not
 * API, so they are not checked.
 */
public final class PublicSignatures {

    /**
     * The packages of the libraries that must stay inside: Jackson, Commons CSV, OpenPDF, fastexcel (the
     * XLSForm writer) and its zip library, and the FHIR and spreadsheet libraries the tests use.
     */
    public static final List<String> HIDDEN_LIBRARIES = List.of("tools.jackson", "com.fasterxml.jackson",
            "org.apache.commons.csv", "com.lowagie", "org.openpdf", "org.dhatim.fastexcel", "com.github.rzymek",
            "ca.uhn.fhir", "org.hl7.fhir", "org.apache.poi");

    private PublicSignatures() {
    }

    /** The rule over every public member of a public type in the packages checked. */
    public static ArchRule mentionNoHiddenLibrary() {
        return ArchRuleDefinition.members().that().areDeclaredInClassesThat().arePublic()
                .and().areDeclaredInClassesThat().resideOutsideOfPackage("..internal..")
                .should(new ArchCondition<JavaMember>("mention no type of " + HIDDEN_LIBRARIES + " in a public signature") {
                    @Override
                    public void check(JavaMember member, ConditionEvents events) {
                        if (!member.getModifiers().contains(JavaModifier.PUBLIC)) {
                            return;
                        }
                        for (JavaClass type : involvedTypes(member)) {
                            if (hidden(type)) {
                                events.add(SimpleConditionEvent.violated(member,
                                        member.getFullName() + " mentions " + type.getName()));
                            }
                        }
                    }
                }).allowEmptyShould(false);
    }

    /** True when the type belongs to one of the libraries a public signature must not show. */
    public static boolean hidden(JavaClass type) {
        String name = type.getName();
        return HIDDEN_LIBRARIES.stream().anyMatch(prefix -> name.startsWith(prefix + "."));
    }

    private static Set<JavaClass> involvedTypes(JavaMember member) {
        Set<JavaClass> types = new LinkedHashSet<>();
        if (member instanceof JavaField field) {
            types.addAll(field.getType().getAllInvolvedRawTypes());
        } else if (member instanceof JavaCodeUnit code) {
            types.addAll(code.getReturnType().getAllInvolvedRawTypes());
            code.getParameterTypes().forEach(t -> types.addAll(t.getAllInvolvedRawTypes()));
            code.getThrowsClause().getTypes().forEach(types::add);
        }
        return types;
    }
}
