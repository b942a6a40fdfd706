package org.otmilestones.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.otmilestones.core.testing.ModuleDescriptors;

/** The core's module descriptor exports its API packages and keeps the internal one to the sibling modules. */
class ModuleDescriptorTest {

    private static final ModuleDescriptor DESCRIPTOR = ModuleDescriptors.of(Catalog.class);

    @Test
    void exportsTheApiPackagesToEveryone() {
        assertThat(DESCRIPTOR.name()).isEqualTo("org.otmilestones.core");
        assertThat(ModuleDescriptors.openExports(DESCRIPTOR)).containsExactly("org.otmilestones.core",
                "org.otmilestones.core.catalog", "org.otmilestones.core.results", "org.otmilestones.core.scoring");
    }

    @Test
    void exportsTheInternalPackageOnlyToTheImportAndFormsModules() {
        assertThat(ModuleDescriptors.qualifiedExports(DESCRIPTOR)).isEqualTo(Map.of("org.otmilestones.core.internal",
                Set.of("org.otmilestones.forms", "org.otmilestones.survey")));
        assertThat(DESCRIPTOR.packages()).contains("org.otmilestones.core.internal");
    }
}
