package org.otmilestones.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import org.junit.jupiter.api.Test;
import org.otmilestones.core.testing.ModuleDescriptors;

/** The module descriptor exports the API packages and nothing else. */
class ModuleDescriptorTest {

    @Test
    void exportsItsApiPackagesAndNothingElse() {
        ModuleDescriptor descriptor = ModuleDescriptors.of(XlsForms.class);
        assertThat(descriptor.name()).isEqualTo("org.otmilestones.forms");
        assertThat(ModuleDescriptors.openExports(descriptor)).containsExactly("org.otmilestones.forms", "org.otmilestones.forms.fhir");
        assertThat(ModuleDescriptors.qualifiedExports(descriptor)).isEmpty();
    }
}
