package org.otmilestones.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.otmilestones.core.testing.PublicApiDocs;

/** Every public type, member and enum constant of this module's API, and every package, has a Javadoc comment. */
class PublicApiDocumentedTest {

    @Test
    void everyPublicElementHasAComment() throws Exception {
        assertThat(PublicApiDocs.undocumented(Path.of("src/main/java"))).isEmpty();
    }
}
