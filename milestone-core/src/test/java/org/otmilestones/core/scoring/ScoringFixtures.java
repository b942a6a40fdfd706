package org.otmilestones.core.scoring;

import java.time.LocalDate;
import org.otmilestones.core.Catalog;
import org.otmilestones.core.Checkpoint;
import org.otmilestones.core.Child;
import org.otmilestones.core.catalog.Catalogs;

/** The bundled catalog, one assessment date and children of a given age, shared by the scoring tests. */
final class ScoringFixtures {

    /** The bundled catalog, loaded once (a catalog is immutable, so sharing it cannot couple tests). */
    static final Catalog CATALOG = Catalogs.loadBundled();

    /** The day every scoring test's checklist was filled in. */
    static final LocalDate ASSESSED = LocalDate.of(2026, 11, 2);

    private ScoringFixtures() {
    }

    /** The bundled catalog's checkpoint with this id. */
    static Checkpoint checkpoint(String id) {
        return CATALOG.checkpoint(id).orElseThrow();
    }

    /** A child who is exactly {@code months} old on the assessment date. */
    static Child childAged(int months) {
        return Child.of("c1", "Test Child", ASSESSED.minusMonths(months));
    }
}
