package org.otmilestones.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import org.junit.jupiter.api.Test;
import org.otmilestones.core.testing.ModuleDescriptors;

/** The module descriptor exports the API packages and nothing else. */
class ModuleDescriptorTest {

    @Test
    void exportsItsApiPackagesAndNothingElse() {
        ModuleDescriptor descriptor = ModuleDescriptors.of(SurveyImports.class);
        assertThat(descriptor.name()).isEqualTo("org.otmilestones.survey");
        assertThat(ModuleDescriptors.openExports(descriptor)).containsExactly("org.otmilestones.survey", "org.otmilestones.survey.fhir");
        assertThat(ModuleDescriptors.qualifiedExports(descriptor)).isEmpty();
    }
}
