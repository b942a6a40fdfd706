package org.otmilestones.readability;

import java.util.Objects;
import java.util.Optional;

/**
 * One text of a catalog that a parent reads, in one language, with where it is in the catalog.
 *
 * @param where its place in the catalog file, for example {@code milestones[fine_motor-0-3m-opens_hands].question}
 * @param kind what kind of text it is
 * @param areaId the area it belongs to, empty for texts of the whole checklist
 * @param text the text
 */
public record ParentText(String where, TextKind kind, Optional<String> areaId, String text) {

    public ParentText {
        if (where == null || where.isBlank()) {
            throw new IllegalArgumentException("where must not be blank");
        }
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(areaId, "areaId");
        Objects.requireNonNull(text, "text");
    }
}
